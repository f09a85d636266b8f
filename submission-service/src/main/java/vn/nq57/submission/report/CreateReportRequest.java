package vn.nq57.submission.report;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts a unit's draft in a round; {@code content} may be partial. */
@Schema(example = """
        {"roundId":"c0a84383-5700-4000-8000-000000004383","unitCode":"11446",
         "content":{"indicators":[{"code":"EVENT_PARTICIPANTS","qualifier":"AT_LEAST","value":1500}]}}""")
public record CreateReportRequest(UUID roundId, String unitCode, ReportContent content) {
}
