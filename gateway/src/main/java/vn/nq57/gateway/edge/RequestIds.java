package vn.nq57.gateway.edge;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every exchange an {@code X-Request-Id}: the client's when it is sane, else a new UUID. The
 * id is set on the request (so the proxy forwards it), on the response and in the logging MDC.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    /** Runs before CORS, authentication and routing so that every answer carries the id. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::assign);
    }

    void assign(RoutingContext rc) {
        String offered = rc.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        rc.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        rc.addHeadersEndHandler(ignored -> rc.response().headers().set(HEADER, id));
        rc.next();
    }

    /** The id of the exchange, as assigned by {@link #assign}. */
    public static String of(RoutingContext rc) {
        String id = rc.get(MDC_KEY);
        return id != null ? id : rc.request().getHeader(HEADER);
    }
}
