package vn.nq57.submission.upload;

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
 * Refuses an upload (a report document import or an attachment) whose declared Content-Length is
 * over the file limit with 413 problem+json before the body is read, so an oversize file is never
 * buffered. A form's envelope (boundaries, part headers) is allowed {@link #FORM_ENVELOPE} bytes on
 * top; the file part itself is measured once read. A body without Content-Length (chunked) is bounded
 * by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class UploadSizeGuard {

    static final long FORM_ENVELOPE = 64 * 1024;

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/api/v1/reports/import").order(-100).handler(this::check);
        router.routeWithRegex(HttpMethod.POST, "/api/v1/reports/[^/]+/attachments/?").order(-100).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long limit = form ? maxBytes + FORM_ENVELOPE : maxBytes;
        if (parse(declared) <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The upload declares " + declared
                + " bytes; a file of at most " + maxBytes + " bytes is accepted", List.of())
                .at(context.normalizedPath());
        // the unread body would otherwise follow on this connection: answer, then close it
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(EventCodec.toJson(problem))
                .onComplete(done -> context.request().connection().close());
    }

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
