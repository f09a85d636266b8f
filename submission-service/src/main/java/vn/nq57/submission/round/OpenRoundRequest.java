package vn.nq57.submission.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;
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
        @NotNull UUID planId,
        @NotBlank @Size(max = 500) @PlainText String title,
        @NotNull @Valid DocumentRef request,
        @NotNull @Valid ReportingPeriod period,
        @DomainDate LocalDate cutOffDate,
        @NotNull @DomainDate OffsetDateTime dueAt,
        @Min(1) @Max(60) Integer resubmissionDays,
        @Size(max = 1000) List<@NotBlank @Size(max = 10) @PlainText String> unitCodes,
        @Size(max = 100) List<@Valid OutlineSection> outline,
        @Size(max = 200) List<@Valid IndicatorDefinition> indicators) {
}
