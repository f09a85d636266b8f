package vn.nq57.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.nq57.gateway.GatewayConfig;

/**
 * Reports each backend's readiness. The gateway itself stays ready (and always live) when a
 * backend is down, since it still answers the other services and a clean 503 for that one, unless
 * {@code nq57.gateway.readiness.require-backends=true}.
 */
@Readiness
@ApplicationScoped
public class BackendsReadinessCheck implements AsyncHealthCheck {

    private final BackendProbe probe;
    private final GatewayConfig config;

    public BackendsReadinessCheck(BackendProbe probe, GatewayConfig config) {
        this.probe = probe;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.probeAll().map(statuses -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("backends");
            boolean allUp = true;
            for (BackendProbe.BackendStatus status : statuses) {
                builder.withData(status.service(), (status.up() ? "UP" : "DOWN") + " (" + status.detail() + ")");
                allUp &= status.up();
            }
            return builder.status(allUp || !config.readiness().requireBackends()).build();
        });
    }
}
