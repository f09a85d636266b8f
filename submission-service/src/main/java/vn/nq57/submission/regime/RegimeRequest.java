package vn.nq57.submission.regime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.submission.template.OutlineSection;

/** Creates a periodic regime; outline, indicators and units default as for a round. */
@Schema(example = """
        {"planId":"c0a80192-5700-4000-8000-000000000192","title":"Báo cáo tháng tuyên truyền Nghị quyết 57-NQ/TW",
         "request":{"numberSymbol":"4383/SKHCN-TTTT","issuedOn":"2025-12-02","issuer":"Sở Khoa học và Công nghệ"},
         "frequency":"MONTH","deadlineWorkingDays":2,"dueTime":"17:00"}""")
public record RegimeRequest(UUID planId, String title, DocumentRef request, String frequency, Integer deadlineWorkingDays,
        LocalTime dueTime, Integer resubmissionDays, List<String> unitCodes, List<OutlineSection> outline,
        List<IndicatorDefinition> indicators, LocalDate startsOn) {
}
