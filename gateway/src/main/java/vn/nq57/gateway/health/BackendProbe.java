package vn.nq57.gateway.health;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.nq57.gateway.GatewayConfig;
import vn.nq57.gateway.routing.Backend;
import vn.nq57.gateway.routing.BackendHttp;
import vn.nq57.gateway.routing.RouteTable;

/** Asks every backend's {@code /q/health/ready}, all at once, each within the probe timeout. */
@ApplicationScoped
public class BackendProbe {

    private final BackendHttp http;
    private final RouteTable routes;
    private final GatewayConfig config;

    public BackendProbe(BackendHttp http, RouteTable routes, GatewayConfig config) {
        this.http = http;
        this.routes = routes;
        this.config = config;
    }

    /** One backend's readiness as the gateway sees it. */
    public record BackendStatus(String service, String url, boolean up, String detail) {
    }

    public Uni<List<BackendStatus>> probeAll() {
        List<Future<BackendStatus>> probes = routes.backends().stream().map(this::probe).toList();
        Future<List<BackendStatus>> all = Future.join(probes)
                .map(done -> probes.stream().map(Future::result).toList());
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<BackendStatus> probe(Backend backend) {
        String url = backend.baseUrl().toString();
        return http.get(backend, "/q/health/ready", config.readiness().probeTimeout())
                .map(answer -> new BackendStatus(backend.name(), url, answer.status() == 200,
                        "HTTP " + answer.status()))
                .otherwise(error -> new BackendStatus(backend.name(), url, false,
                        error.getClass().getSimpleName() + ": " + error.getMessage()));
    }
}
