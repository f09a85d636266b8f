package vn.nq57.submission.round;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.idempotency.Idempotency;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

/** Reporting rounds (đợt báo cáo). */
@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds", description = "Reporting rounds (đợt báo cáo): the units addressed, the outline, the deadline, closing (chốt số liệu) and reopening for a unit")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class RoundResource {

    @Inject
    RoundService service;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "openRound", summary = "Open a round in answer to a plan",
            description = "City admin only. The plan must be issued (known from nq57.plans.v1). Publishes round.opened.")
    @APIResponse(responseCode = "201", description = "Round opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, all listed")
    @APIResponse(responseCode = "403", description = "Not a city admin")
    public Response open(@Valid @NotNull OpenRoundRequest body,
            @Parameter(description = "Retry key") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/rounds", body, () -> {
            RoundView round = service.open(body, caller());
            return Response.created(URI.create("/api/v1/rounds/" + round.roundId()))
                    .header(HttpHeaders.ETAG, ETags.of(round.revision())).entity(round).build();
        });
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List rounds", description = "City roles see their province's rounds, officers the rounds their unit must answer.")
    @APIResponse(responseCode = "200", description = "A page of rounds")
    public Page<RoundView> list(@QueryParam("planId") UUID planId, @QueryParam("regimeId") UUID regimeId,
            @Parameter(description = "Accent-insensitive search in title and request, e.g. ket qua thuc hien") @QueryParam("q") @Size(max = 200) @PlainText String q,
            @Parameter(description = "Page from 0, at most 100000") @QueryParam("page") Integer page,
            @Parameter(description = "Page size 1 to 200, 20 when absent") @QueryParam("size") Integer size) {
        return service.list(caller(), planId, regimeId, q, Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRound", summary = "One round with its outline and indicator catalogue")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "The round is not addressed to the caller's unit")
    @APIResponse(responseCode = "404", description = "No such round")
    public Response get(@PathParam("id") UUID id) {
        RoundEntity round = service.readable(id, caller());
        return Response.ok(RoundView.of(round)).header(HttpHeaders.ETAG, ETags.of(round.revision())).build();
    }

    @PUT
    @Path("/{id}/deadline")
    @Operation(operationId = "changeRoundDeadline", summary = "Extend or move the deadline",
            description = "City admin. Requires If-Match. Submissions from then on are late against the new deadline. Publishes round.deadline-changed.")
    @APIResponse(responseCode = "200", description = "The round with its new deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response changeDeadline(@PathParam("id") UUID id, @Valid @NotNull DeadlineRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RoundView round = service.changeDeadline(id, body, ifMatch, caller());
        return Response.ok(round).header(HttpHeaders.ETAG, ETags.of(round.revision())).build();
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeRound", summary = "Close the round (chốt số liệu)",
            description = "City admin of the round's province. From then on no unit starts, edits, submits or withdraws"
                    + " a report unless the round is reopened for it; submitted reports can still be accepted. If-Match"
                    + " is checked when sent. Publishes round.closed; notification stops the round's reminders.")
    @APIResponse(responseCode = "200", description = "The closed round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "Not a city admin of the round's province")
    @APIResponse(responseCode = "409", description = "The round is already closed (urn:nq57:problem:round-closed)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response close(@PathParam("id") UUID id, @Valid CloseRoundRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Retry key") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/rounds/" + id + "/close", body, () -> {
            RoundView round = service.close(id, body, ifMatch, caller());
            return Response.ok(round).header(HttpHeaders.ETAG, ETags.of(round.revision())).build();
        });
    }

    @POST
    @Path("/{id}/reopenings")
    @Operation(operationId = "reopenRoundForUnit", summary = "Reopen a closed round for one unit",
            description = "City admin of the round's province. That unit alone may start, edit and submit again;"
                    + " its submissions are late after its own dueAt. If-Match is checked when sent. Publishes"
                    + " round.reopened; notification tells the unit's contacts and reminds them of the new deadline.")
    @APIResponse(responseCode = "200", description = "The round with the reopening appended to reopenings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (unitCode not in the round, dueAt not in the future,"
            + " reason missing), all listed")
    @APIResponse(responseCode = "403", description = "Not a city admin of the round's province")
    @APIResponse(responseCode = "409", description = "The round is not closed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Retry key") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/rounds/" + id + "/reopenings", body, () -> {
            RoundView round = service.reopen(id, body, ifMatch, caller());
            return Response.ok(round).header(HttpHeaders.ETAG, ETags.of(round.revision())).build();
        });
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
