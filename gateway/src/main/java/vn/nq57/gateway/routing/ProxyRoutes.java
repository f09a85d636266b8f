package vn.nq57.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Roles;
import vn.nq57.gateway.edge.EdgeProblems;
import vn.nq57.gateway.ratelimit.ClientKey;
import vn.nq57.gateway.ratelimit.RateLimiter;
import vn.nq57.gateway.streams.StreamLimiter;

/**
 * The reverse proxy (định tuyến): {@code /api/v1/<segment>/...} goes to the backend owning the
 * segment, streaming bodies both ways (uploads, exports, Server-Sent Events) without buffering.
 * {@code /api/v1/platform/health/<service>[/live|/ready|/started]} reaches a backend's
 * {@code /q/health}; {@code /api/v1/platform/metrics/<service>} its Prometheus {@code /q/metrics}
 * (city admins and platform operators only: metrics are operational detail). Event streams are
 * capped per user and per replica ({@link StreamLimiter}). {@code /api/v1/platform/dead-letters}
 * is the gateway's own resource, reached once the caller is authenticated.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String PLATFORM_HEALTH_SUMMARY = RouteTable.API_PREFIX + "platform/health";
    static final String PLATFORM_HEALTH = PLATFORM_HEALTH_SUMMARY + "/";
    static final String PLATFORM_METRICS = RouteTable.API_PREFIX + "platform/metrics/";
    static final String PLATFORM_DEAD_LETTERS = RouteTable.API_PREFIX + "platform/dead-letters";

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the proxy sets itself. */
    private static final Set<String> REQUEST_SKIP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "expect");
    private static final Set<String> RESPONSE_SKIP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private static final Set<String> TRACE_HEADERS = Set.of("traceparent", "tracestate");

    private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.DELETE, HttpMethod.TRACE);

    private final BackendHttp http;
    private final RouteTable routes;
    private final RateLimiter limiter;
    private final EdgeProblems problems;
    private final MeterRegistry metrics;
    private final StreamLimiter streams;

    public ProxyRoutes(BackendHttp http, RouteTable routes, RateLimiter limiter, EdgeProblems problems,
            MeterRegistry metrics, StreamLimiter streams) {
        this.http = http;
        this.routes = routes;
        this.limiter = limiter;
        this.problems = problems;
        this.metrics = metrics;
        this.streams = streams;
    }

    /** After authentication and authorisation, before the gateway's own REST resources. */
    void install(@Observes Router router) {
        router.route("/api/v1/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.request().path();
        long retryAfter = limiter.acquire(ClientKey.of(rc));
        if (retryAfter > 0) {
            metrics.counter("nq57.gateway.rate.limited").increment();
            metricTemplate(rc, RouteTable.API_PREFIX + "{rate-limited}");
            rc.response().putHeader("Retry-After", Long.toString(retryAfter));
            problems.send(rc, ProblemKind.RATE_LIMITED,
                    "Too many requests from this client; retry after " + retryAfter + " s");
            return;
        }
        if (path.startsWith(PLATFORM_HEALTH)) {
            platformHealth(rc, path.substring(PLATFORM_HEALTH.length()));
            return;
        }
        if (path.equals(PLATFORM_HEALTH_SUMMARY)) {
            rc.next();
            return;
        }
        if (!authenticated(rc)) {
            metricTemplate(rc, RouteTable.API_PREFIX + "{unauthenticated}");
            problems.send(rc, ProblemKind.UNAUTHENTICATED, "A valid bearer token is required");
            return;
        }
        if (path.equals(PLATFORM_DEAD_LETTERS) || path.startsWith(PLATFORM_DEAD_LETTERS + "/")) {
            rc.next();
            return;
        }
        if (path.startsWith(PLATFORM_METRICS)) {
            platformMetrics(rc, path.substring(PLATFORM_METRICS.length()));
            return;
        }
        if (hasDotSegments(path)) {
            // "/api/v1/units/../../q/..." would route by one segment and land elsewhere on the service.
            metricTemplate(rc, RouteTable.API_PREFIX + "{malformed}");
            problems.send(rc, ProblemKind.MALFORMED_REQUEST, "Paths with '.' or '..' segments are not routed");
            return;
        }
        Optional<Backend> backend = routes.forPath(path);
        if (backend.isEmpty()) {
            metricTemplate(rc, RouteTable.API_PREFIX + "{unrouted}");
            problems.send(rc, ProblemKind.NOT_FOUND, "No service owns " + path + "; routed segments: "
                    + routes.segments().keySet());
            return;
        }
        metricTemplate(rc, RouteTable.API_PREFIX + routes.segmentOf(path) + "/{path}");
        if (streams.isStream(rc.normalizedPath())) {
            forwardStream(rc, backend.get());
            return;
        }
        forward(rc, backend.get(), rc.request().uri(), null);
    }

    /** An event stream holds a backend connection for as long as it is open: count it. */
    private void forwardStream(RoutingContext rc, Backend backend) {
        StreamLimiter.Admission admission = streams.tryOpen(subject(rc));
        if (!admission.admitted()) {
            metrics.counter("nq57.gateway.streams.refused").increment();
            rc.response().putHeader("Retry-After", Long.toString(streams.retryAfterSeconds()));
            problems.send(rc, ProblemKind.RATE_LIMITED, admission.refusal());
            return;
        }
        StreamLimiter.Permit permit = admission.permit();
        rc.addEndHandler(ended -> permit.release());
        forward(rc, backend, rc.request().uri(), permit);
    }

    private static boolean hasDotSegments(String rawPath) {
        for (String segment : rawPath.split("/")) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Records proxied calls under their routed segment, not under every distinct id and query. */
    private static void metricTemplate(RoutingContext rc, String template) {
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(rc);
        if (metric != null) {
            metric.setTemplatePath(template);
        }
    }

    /**
     * Quarkus has already validated any bearer token (a bad one never gets here); what is left is
     * refusing calls that came without one, as a problem rather than a bare challenge.
     */
    private static boolean authenticated(RoutingContext rc) {
        return identity(rc) != null && !identity(rc).isAnonymous();
    }

    private static SecurityIdentity identity(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /** The token's subject: what "per user" means for stream caps. */
    private static String subject(RoutingContext rc) {
        SecurityIdentity identity = identity(rc);
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private void platformHealth(RoutingContext rc, String rest) {
        int slash = rest.indexOf('/');
        String service = slash < 0 ? rest : rest.substring(0, slash);
        String probe = slash < 0 ? "" : rest.substring(slash);
        metricTemplate(rc, PLATFORM_HEALTH + "{service}");
        Optional<Backend> backend = routes.byName(service);
        if (backend.isEmpty() || !Set.of("", "/live", "/ready", "/started").contains(probe)) {
            problems.send(rc, ProblemKind.NOT_FOUND, "No service named '" + service + "' with health probe '"
                    + probe + "'; services: " + routes.backends().stream().map(Backend::name).toList());
            return;
        }
        if (rc.request().method() != HttpMethod.GET && rc.request().method() != HttpMethod.HEAD) {
            problems.send(rc, ProblemKind.METHOD_NOT_ALLOWED, "Health is read with GET");
            return;
        }
        forward(rc, backend.get(), "/q/health" + probe, null);
    }

    private void platformMetrics(RoutingContext rc, String service) {
        metricTemplate(rc, PLATFORM_METRICS + "{service}");
        Optional<Backend> backend = routes.byName(service);
        if (backend.isEmpty()) {
            problems.send(rc, ProblemKind.NOT_FOUND, "No service named '" + service + "'; services: "
                    + routes.backends().stream().map(Backend::name).toList());
            return;
        }
        if (rc.request().method() != HttpMethod.GET) {
            problems.send(rc, ProblemKind.METHOD_NOT_ALLOWED, "Metrics are read with GET");
            return;
        }
        SecurityIdentity identity = identity(rc);
        if (!identity.hasRole(Roles.CITY_ADMIN) && !identity.hasRole(Roles.PLATFORM_OPERATOR)) {
            problems.send(rc, ProblemKind.FORBIDDEN, "Service metrics are for city admins and platform operators");
            return;
        }
        forward(rc, backend.get(), "/q/metrics", null);
    }

    /** @param stream the permit of an event stream, released when the exchange closes; else null */
    private void forward(RoutingContext rc, Backend backend, String pathAndQuery, StreamLimiter.Permit stream) {
        HttpServerRequest in = rc.request();
        GatewayRequest exchange = new GatewayRequest(rc, backend, stream);
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setAbsoluteURI(backend.resolve(pathAndQuery))
                .setHeaders(forwardedHeaders(in, backend));
        boolean streamsBody = !rc.body().available() && hasBody(in);
        if (!streamsBody) {
            exchange.startTimer();
        }
        send(exchange, options, streamsBody, http.client());
    }

    /**
     * Opens the backend request and writes its head (with a buffered body in the same write); a
     * streamed body is piped only once the head is out. Until then nothing has reached the backend
     * and the client's body is still unread, so a pooled connection found closed is retried once,
     * on a new connection.
     */
    private void send(GatewayRequest exchange, RequestOptions options, boolean streamsBody, HttpClient client) {
        boolean firstTry = client == http.client();
        String service = exchange.backend.name();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                if (firstTry && StaleConnection.atOpen(opened.cause())) {
                    retry(exchange, options, streamsBody, "open", opened.cause());
                } else {
                    exchange.fail("unreachable", "The " + service + " service is unreachable ("
                            + opened.cause().getClass().getSimpleName() + ")");
                }
                return;
            }
            HttpClientRequest out = opened.result();
            if (!exchange.attach(out)) {
                return;
            }
            out.exceptionHandler(error -> LOG.debugf("Request to %s: %s", service, error));
            writeHead(exchange, out, streamsBody).onComplete(written -> {
                if (written.failed() && firstTry && StaleConnection.atHead(written.cause())) {
                    out.reset();
                    retry(exchange, options, streamsBody, "head", written.cause());
                } else if (written.failed()) {
                    exchange.fail("error", "The " + service + " service failed to answer ("
                            + written.cause().getClass().getSimpleName() + ")");
                } else {
                    answer(exchange, out, streamsBody);
                }
            });
        });
    }

    private void retry(GatewayRequest exchange, RequestOptions options, boolean streamsBody, String stage,
            Throwable cause) {
        if (exchange.settled) {
            return;
        }
        metrics.counter("nq57.gateway.upstream.retries", "service", exchange.backend.name(), "stage", stage)
                .increment();
        LOG.debugf("%s %s -> %s: pooled connection closed before the request was sent (%s at %s); retrying on"
                + " a new connection", exchange.rc.request().method(), exchange.rc.request().uri(),
                exchange.backend.name(), cause.getClass().getSimpleName(), stage);
        send(exchange, options, streamsBody, http.freshClient());
    }

    /** Completes when the head (and a buffered body) is written; a streamed body follows later. */
    private static Future<Void> writeHead(GatewayRequest exchange, HttpClientRequest out, boolean streamsBody) {
        RoutingContext rc = exchange.rc;
        if (streamsBody) {
            if (!rc.request().headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                out.setChunked(true);
            }
            return out.sendHead();
        }
        if (rc.body().available() && rc.body().buffer() != null) {
            return out.end(rc.body().buffer());
        }
        rc.request().resume();
        return out.end();
    }

    private void answer(GatewayRequest exchange, HttpClientRequest out, boolean streamsBody) {
        if (streamsBody) {
            streamBody(exchange, out);
        }
        out.response().onComplete(answered -> {
            if (answered.failed()) {
                exchange.fail("error", "The " + exchange.backend.name() + " service failed to answer ("
                        + answered.cause().getClass().getSimpleName() + ")");
            } else {
                relay(exchange, answered.result());
            }
        });
    }

    /**
     * Streams the client's body (an upload may take longer than the request timeout, so the clock
     * starts once it is sent). A client that breaks off resets the backend request rather than
     * handing the backend a truncated body.
     */
    private void streamBody(GatewayRequest exchange, HttpClientRequest out) {
        exchange.rc.request().pipe().endOnFailure(false).to(out).onComplete(sent -> {
            if (sent.succeeded()) {
                exchange.startTimer();
            } else {
                exchange.fail("error", "The upload to the " + exchange.backend.name() + " service broke off ("
                        + sent.cause().getClass().getSimpleName() + ")");
            }
        });
    }

    /**
     * HTTP/1.1 announces a body with Content-Length or Transfer-Encoding; HTTP/2 (also after an h2c
     * upgrade) may send one with neither, so there only the methods that carry none are trusted.
     */
    private static boolean hasBody(HttpServerRequest in) {
        if (in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return !"0".equals(in.getHeader(HttpHeaders.CONTENT_LENGTH));
        }
        if (in.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return true;
        }
        return in.version() == HttpVersion.HTTP_2 && !BODILESS.contains(in.method());
    }

    private void relay(GatewayRequest exchange, HttpClientResponse answer) {
        if (!exchange.answered()) {
            answer.request().reset();
            return;
        }
        HttpServerResponse response = exchange.rc.response();
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        answer.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            // The gateway's own CORS policy is authoritative at the edge.
            if (name.equals("location") || name.equals("content-location")) {
                response.headers().add(header.getKey(), publicLocation(exchange, header.getValue()));
            } else if (!RESPONSE_SKIP.contains(name) && !name.startsWith("access-control-")) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        boolean bodiless = answer.statusCode() == 204 || answer.statusCode() == 304
                || exchange.rc.request().method() == HttpMethod.HEAD;
        if (!bodiless && !response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        response.closeHandler(closed -> {
            answer.request().reset();
            exchange.releaseStream();
        });
        LOG.debugf("%s %s -> %s %d", exchange.rc.request().method(), exchange.rc.request().uri(),
                exchange.backend.name(), answer.statusCode());
        answer.pipeTo(response).onFailure(error -> {
            LOG.warnf("Relaying %s from %s broke off: %s", exchange.rc.request().uri(), exchange.backend.name(),
                    error.getMessage());
            if (!response.ended()) {
                response.reset();
            }
        });
    }

    /** A backend's absolute links name the backend; clients must see the gateway instead. */
    private static String publicLocation(GatewayRequest exchange, String location) {
        String base = exchange.backend.resolve("");
        HttpServerRequest in = exchange.rc.request();
        if (location.startsWith(base + "/") && in.authority() != null) {
            return in.scheme() + "://" + in.authority() + location.substring(base.length());
        }
        return location;
    }

    private static MultiMap forwardedHeaders(HttpServerRequest in, Backend backend) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionTokens = connectionTokens(in.getHeader(HttpHeaders.CONNECTION));
        // While tracing, the HTTP client injects the gateway's own span; else the caller's context passes through.
        boolean traced = Span.current().getSpanContext().isValid();
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (traced && TRACE_HEADERS.contains(name)) {
                return;
            }
            if (!REQUEST_SKIP.contains(name) && !connectionTokens.contains(name)) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        String client = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        String previous = in.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
        headers.set("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            headers.set("X-Forwarded-Host", in.authority().toString());
        }
        headers.set("Host", backend.baseUrl().getAuthority());
        return headers;
    }

    private static Set<String> connectionTokens(String connection) {
        if (connection == null) {
            return Set.of();
        }
        return Set.of(connection.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    /**
     * One exchange's state. Every callback runs on the request's event loop, so plain fields do;
     * whichever of "answer arrived" and "gave up" happens first wins.
     */
    private final class GatewayRequest {
        final RoutingContext rc;
        final Backend backend;
        final StreamLimiter.Permit stream;
        long timer = -1;
        HttpClientRequest out;
        boolean settled;

        GatewayRequest(RoutingContext rc, Backend backend, StreamLimiter.Permit stream) {
            this.rc = rc;
            this.backend = backend;
            this.stream = stream;
        }

        /** Relaying replaces the response's close handler, so a closing stream says so here too. */
        void releaseStream() {
            if (stream != null) {
                stream.release();
            }
        }

        /** Gives the backend {@code request-timeout} from now to send its response headers. */
        void startTimer() {
            if (settled) {
                return;
            }
            long timeoutMs = http.config().requestTimeout().toMillis();
            timer = http.vertx().setTimer(timeoutMs, id -> fail("timeout", "The " + backend.name()
                    + " service did not answer within " + timeoutMs + " ms"));
        }

        /** Keeps the backend request so a timeout can reset it; false when already given up. */
        boolean attach(HttpClientRequest request) {
            if (settled) {
                request.reset();
                return false;
            }
            out = request;
            return true;
        }

        /** Marks the exchange answered by the backend; false when the gateway already gave up. */
        boolean answered() {
            if (settled) {
                return false;
            }
            settled = true;
            http.vertx().cancelTimer(timer);
            return true;
        }

        void fail(String reason, String detail) {
            if (settled) {
                return;
            }
            settled = true;
            http.vertx().cancelTimer(timer);
            if (out != null) {
                out.reset();
            }
            metrics.counter("nq57.gateway.upstream.failures", "service", backend.name(), "reason", reason)
                    .increment();
            LOG.warnf("%s %s -> %s: %s", rc.request().method(), rc.request().uri(),
                    backend.name(), detail);
            problems.send(rc, ProblemKind.SERVICE_UNAVAILABLE, detail);
        }
    }
}
