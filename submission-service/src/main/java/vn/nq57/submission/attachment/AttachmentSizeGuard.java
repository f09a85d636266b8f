package vn.nq57.submission.attachment;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemKind;

/**
 * Refuses an upload whose declared Content-Length is over {@code nq57.attachments.max-bytes} with 413
 * before the body is read, so that a client announcing a huge file costs no memory. Uploads without a
 * Content-Length (chunked) are measured by {@link AttachmentService} once read, within the HTTP
 * layer's own body limit.
 */
@ApplicationScoped
public class AttachmentSizeGuard {

    static final String UPLOAD_PATH = "/api/v1/reports/[^/]+/attachments/?";

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, UPLOAD_PATH).order(-100).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length = parse(declared);
        if (length <= maxBytes) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The file declares " + declared
                + " bytes; at most " + maxBytes + " are accepted", List.of()).at(context.normalizedPath());
        // answered at once; the connection is not cut, so a client that sends the body anyway still reads this
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(EventCodec.toJson(problem));
    }

    /** The declared length, 0 when absent; an unreadable or absurd value counts as too large. */
    private static long parse(String declared) {
        if (declared == null) {
            return 0;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
