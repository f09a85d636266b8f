package vn.nq57.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.nq57.gateway.GatewayConfig;

/**
 * The pooled, non-blocking HTTP client the gateway uses to reach its backends, and a second one that
 * opens a new connection for every request: a retry after a pooled connection turned out closed must
 * not pick another idle connection the backend may have closed at the same time.
 */
@ApplicationScoped
public class BackendHttp {

    /**
     * The largest piece of a backend's body relayed in one write: what one socket read gives at most.
     * The HTTP/1.1 decoder's default of 8 KiB made the 854 KB status matrix 105 writes, and about
     * 40 % more of the gateway's CPU per read (docs/benchmarks.md, twelfth session).
     */
    static final int RELAYED_CHUNK = 64 * 1024;

    private final HttpClient client;
    private final HttpClient freshClient;
    private final Vertx vertx;
    private final GatewayConfig config;

    public BackendHttp(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.config = config;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false)
                        .setMaxChunkSize(RELAYED_CHUNK),
                new PoolOptions().setHttp1MaxSize(200));
        this.freshClient = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(false)
                        .setDecompressionSupported(false)
                        .setMaxChunkSize(RELAYED_CHUNK));
    }

    public HttpClient client() {
        return client;
    }

    /** Opens a new connection per request and closes it after the answer. */
    public HttpClient freshClient() {
        return freshClient;
    }

    public Vertx vertx() {
        return vertx;
    }

    public GatewayConfig config() {
        return config;
    }

    /** A small GET whose whole body is read, failing when it takes longer than {@code timeout}. */
    public Future<Answer> get(Backend backend, String pathAndQuery, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(backend.resolve(pathAndQuery))
                .setConnectTimeout(Math.min(timeout.toMillis(), config.connectTimeout().toMillis()))
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(request -> request.send()
                        .compose(response -> response.body()
                                .map(body -> new Answer(response.statusCode(), body))));
    }

    /** A complete backend answer. */
    public record Answer(int status, Buffer body) {
    }

    @PreDestroy
    void close() {
        client.close();
        freshClient.close();
    }
}
