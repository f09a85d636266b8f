package vn.nq57.gateway.health;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Readiness of the whole platform (tình trạng hệ thống) through the gateway. Each service's own
 * health is at {@code /api/v1/platform/health/{service}[/live|/ready|/started]}, relayed as the
 * service answers it.
 */
@Path("/api/v1/platform/health")
@Tag(name = "Gateway")
public class PlatformHealthResource {

    private final BackendProbe probe;

    public PlatformHealthResource(BackendProbe probe) {
        this.probe = probe;
    }

    /** The summary answered by {@link #summary()}. */
    public record PlatformHealth(String status, List<BackendProbe.BackendStatus> services) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Readiness of every service behind the gateway")
    @APIResponse(responseCode = "200", description = "Every service is ready")
    @APIResponse(responseCode = "503", description = "At least one service is down; the body names it")
    public Uni<Response> summary() {
        return probe.probeAll().map(statuses -> {
            boolean allUp = statuses.stream().allMatch(BackendProbe.BackendStatus::up);
            return Response.status(allUp ? 200 : 503)
                    .entity(new PlatformHealth(allUp ? "UP" : "DOWN", statuses)).build();
        });
    }
}
