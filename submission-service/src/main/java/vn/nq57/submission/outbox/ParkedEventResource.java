package vn.nq57.submission.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Roles;

/** Outbox events the relay gave up on, for platform operators. */
@Path("/api/v1/submission/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Events of submission-service that could not be published (platform operators)")
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class ParkedEventResource {

    @Inject
    ParkedEvents parked;

    @GET
    @Operation(operationId = "listSubmissionParkedEvents", summary = "List parked outbox events", description = "Platform operators only. Events of at most `limit` aggregates, without payloads.")
    @APIResponse(responseCode = "200", description = "Parked events with their last error")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    public List<ParkedEvent> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return parked.list(limit);
    }

    @POST
    @Path("/{eventId}/retry")
    @Operation(operationId = "retrySubmissionParkedEvent", summary = "Publish a parked event again", description = "Platform operators only. Puts the event back in its aggregate's outbox with a fresh attempt count.")
    @APIResponse(responseCode = "202", description = "Queued for publishing")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    @APIResponse(responseCode = "404", description = "No parked event with that id")
    public Response retry(@PathParam("eventId") String eventId) {
        return Response.accepted(parked.retry(eventId)).build();
    }
}
