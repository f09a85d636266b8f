package vn.nq57.notification.schedule;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.notification.support.Scopes;

/** The reminder schedule lives under the round it belongs to, so no templated segment meets an inbox path. */
@Path("/api/v1/notifications/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER})
@Tag(name = "Schedule", description = "Lịch nhắc hạn của một đợt báo cáo")
public class ScheduleResource {

    @Inject
    ScheduleService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/{roundId}/schedule")
    @Operation(operationId = "getReminderSchedule", summary = "Reminder schedule of a round",
            description = "Every planned reminder, overdue notice and its status; officers see only their unit's.")
    @APIResponse(responseCode = "200", description = "The schedule, by time", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ScheduleView.class)))
    @APIResponse(responseCode = "404", description = "Unknown round, or not in the caller's province")
    public Uni<List<ScheduleView>> schedule(@PathParam("roundId") UUID roundId,
            @QueryParam("unitCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit unit code") String unitCode) {
        Caller caller = Scopes.require(Caller.of(identity));
        return service.of(caller, roundId, unitCode);
    }
}
