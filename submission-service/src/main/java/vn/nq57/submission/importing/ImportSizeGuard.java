package vn.nq57.submission.importing;

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
 * Refuses an import whose declared Content-Length is over the file limit with 413 before the body is
 * read. A form's envelope (boundaries, part headers) is allowed {@link #FORM_ENVELOPE} bytes on top;
 * the file part itself is measured once read.
 */
@ApplicationScoped
public class ImportSizeGuard {

    static final long FORM_ENVELOPE = 64 * 1024;

    @ConfigProperty(name = "nq57.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/api/v1/reports/import").order(-100).handler(this::check);
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
                + " bytes; a document of at most " + maxBytes + " bytes is accepted", List.of())
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
