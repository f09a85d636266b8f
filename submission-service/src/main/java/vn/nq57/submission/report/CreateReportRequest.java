package vn.nq57.submission.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.PlainText;

/** Starts a unit's draft in a round; {@code content} may be partial. */
@Schema(example = """
        {"roundId":"c0a84383-5700-4000-8000-000000004383","unitCode":"11446",
         "content":{"indicators":[{"code":"EVENT_PARTICIPANTS","qualifier":"AT_LEAST","value":1500}]}}""")
public record CreateReportRequest(@NotNull UUID roundId, @NotBlank @Size(max = 10) @PlainText String unitCode,
        @Valid ReportContent content) {
}
