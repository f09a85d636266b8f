package vn.nq57.submission.regime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.submission.template.OutlineSection;

/** Creates a periodic regime; outline, indicators and units default as for a round. */
@Schema(example = """
        {"planId":"c0a80192-5700-4000-8000-000000000192","title":"Báo cáo tháng tuyên truyền Nghị quyết 57-NQ/TW",
         "request":{"numberSymbol":"4383/SKHCN-TTTT","issuedOn":"2025-12-02","issuer":"Sở Khoa học và Công nghệ"},
         "frequency":"MONTH","deadlineWorkingDays":2,"dueTime":"17:00"}""")
public record RegimeRequest(
        @NotNull UUID planId,
        @NotBlank @Size(max = 500) @PlainText String title,
        @NotNull @Valid DocumentRef request,
        @NotNull @Pattern(regexp = "MONTH|QUARTER|HALF_YEAR|YEAR", message = "must be one of MONTH, QUARTER, HALF_YEAR, YEAR")
        String frequency,
        @Min(1) @Max(60) Integer deadlineWorkingDays,
        LocalTime dueTime,
        @Min(1) @Max(60) Integer resubmissionDays,
        @Size(min = 1, max = 1000) List<@NotBlank @Size(max = 10) @PlainText String> unitCodes,
        @Size(max = 100) List<@Valid OutlineSection> outline,
        @Size(max = 200) List<@Valid IndicatorDefinition> indicators,
        @DomainDate LocalDate startsOn) {
}
