package vn.nq57.submission.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.submission.template.OutlineSection;

/**
 * Opens a round in answer to a plan.
 *
 * @param unitCodes  the units that must report; all active commune-level units of the province when absent
 * @param outline    the report outline; the default template's when absent
 * @param indicators the indicator catalogue; the default template's when absent
 * @param cutOffDate data cut-off date (ngày chốt số liệu); the period's last day when absent
 */
@Schema(example = """
        {"planId":"c0a80192-5700-4000-8000-000000000192",
         "title":"Báo cáo kết quả thực hiện Kế hoạch 192/KH-UBND năm 2025",
         "request":{"numberSymbol":"4383/SKHCN-TTTT","issuedOn":"2025-12-02","issuer":"Sở Khoa học và Công nghệ"},
         "period":{"kind":"YEAR","year":2025},
         "dueAt":"2025-12-03T17:00:00+07:00","resubmissionDays":3}""")
public record OpenRoundRequest(
        UUID planId,
        String title,
        DocumentRef request,
        ReportingPeriod period,
        LocalDate cutOffDate,
        OffsetDateTime dueAt,
        Integer resubmissionDays,
        List<String> unitCodes,
        List<OutlineSection> outline,
        List<IndicatorDefinition> indicators) {
}
