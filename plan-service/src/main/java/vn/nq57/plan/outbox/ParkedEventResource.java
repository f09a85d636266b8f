package vn.nq57.plan.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.security.Roles;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

/**
 * Operator view of plan-service's outbox. Under {@code /api/v1/plans/} because the gateway routes
 * that segment (and {@code units}) to plan-service.
 */
@Path("/api/v1/plans/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "Events of plan-service that could not be published (platform operators)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "Not a platform operator", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class ParkedEventResource {

    @Inject
    ParkedEvents parked;

    @GET
    @Operation(operationId = "listPlanParkedEvents", summary = "List parked events", description = "Events the relay gave up on after "
            + "nq57.outbox.max-attempts failures, oldest first, with their last error.")
    @APIResponse(responseCode = "200", description = "One page of parked events")
    public Uni<Page<ParkedEvent>> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return parked.list(Paging.of(page, size));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryPlanParkedEvent", summary = "Retry a parked event", description = "Puts the event back in the queue with a fresh "
            + "attempt count (after its cause was fixed); the relay publishes it at once.")
    @APIResponse(responseCode = "200", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No parked event with this id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<ParkedEvent> retry(@PathParam("id") UUID id) {
        return parked.retry(id);
    }
}
