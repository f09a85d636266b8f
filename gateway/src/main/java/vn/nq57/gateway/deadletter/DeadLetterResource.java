package vn.nq57.gateway.deadletter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Roles;

/**
 * Records the platform's consumers could not apply, parked on {@code <topic>.dlq}: listed and
 * replayed by platform operators only.
 */
@Path("/api/v1/platform/dead-letters")
@Tag(name = "Gateway")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetterService deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetterService deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List parked records, oldest first, by dead-letter topic, partition and offset")
    @APIResponse(responseCode = "200", description = "A page of parked records")
    @APIResponse(responseCode = "400", description = "Unknown topic, or offset/limit out of bounds")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    public ParkedPage list(@QueryParam("topic") String topic,
            @QueryParam("offset") @DefaultValue("0") long offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return deadLetters.list(topic, offset, limit);
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Re-publish a parked record's value and headers to its original topic")
    @APIResponse(responseCode = "202", description = "Sent; consumers apply it (or ignore it when already applied)")
    @APIResponse(responseCode = "404", description = "No such parked record")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    public Response replay(@PathParam("id") String id) {
        ReplayReceipt receipt = deadLetters.replay(id, identity.getPrincipal().getName());
        return Response.accepted(receipt).build();
    }
}
