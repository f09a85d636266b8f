package vn.nq57.aggregation.ingest;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.aggregation.common.Access;

@Path("/api/v1/aggregation/rebuild")
@Authenticated
@Blocking
@Tag(name = "Rebuild")
public class RebuildResource {

    @Inject
    Access access;
    @Inject
    RebuildService rebuild;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild every read model by replaying the topics from the beginning",
            description = "City admin only. Synchronous: answers when the replay has reached the end offsets "
                    + "seen at its start. Queries during the rebuild may see partial data.")
    @APIResponse(responseCode = "200", description = "Replay counts")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city admin")
    public RebuildResult rebuild() {
        access.requireCityAdmin();
        return rebuild.rebuild();
    }
}
