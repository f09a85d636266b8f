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
@Tag(name = "Rebuild", description = "Rebuilding the aggregation read models from the event topics (platform operators)")
public class RebuildResource {

    @Inject
    Access access;
    @Inject
    RebuildService rebuild;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildReadModels", summary = "Rebuild every read model by replaying the topics from the beginning",
            description = "Platform operator only (role platform-operator): the read models hold every "
                    + "province's data. Synchronous: answers when the replay has reached the end offsets seen at "
                    + "its start. Queries during the rebuild may see partial data. One rebuild runs at a time "
                    + "across all replicas (PostgreSQL advisory lock). Records the read models refuse are "
                    + "skipped and listed in the result.")
    @APIResponse(responseCode = "200", description = "Replay counts")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public RebuildResult rebuild() {
        access.requirePlatformOperator();
        return rebuild.rebuild();
    }
}
