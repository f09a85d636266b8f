package vn.nq57.notification.schedule;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.notification.catalog.RoundEntity;
import vn.nq57.notification.support.Db;
import vn.nq57.notification.support.Scopes;

@Path("/api/v1/notifications/schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER})
@Tag(name = "Schedule", description = "Lịch nhắc hạn của một đợt báo cáo")
public class ScheduleResource {

    @Inject
    SecurityIdentity identity;

    private Caller caller() {
        return Scopes.require(Caller.of(identity));
    }

    @GET
    @Path("/{roundId}")
    @Operation(operationId = "getReminderSchedule", summary = "Reminder schedule of a round",
            description = "Every planned reminder, overdue notice and its status; officers see only their unit's.")
    @APIResponse(responseCode = "200", description = "The schedule, by time")
    @APIResponse(responseCode = "404", description = "Unknown round, or not in the caller's province")
    public List<ScheduleView> schedule(@PathParam("roundId") UUID roundId,
            @QueryParam("unitCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit unit code") String unitCode) {
        Caller caller = caller();
        return Db.tx(() -> RoundEntity.<RoundEntity>findById(roundId).chain(round -> {
            if (round == null || caller.isCity() && !caller.coversProvince(round.issuerUnitCode)) {
                throw ProblemException.notFound("round " + roundId);
            }
            String unit = caller.isCity() ? unitCode : caller.unitCode();
            var query = unit == null
                    ? ScheduledNotice.<ScheduledNotice>find("roundId", Sort.by("fireAt").and("unitCode").and("label"), roundId)
                    : ScheduledNotice.<ScheduledNotice>find("roundId = ?1 and unitCode = ?2",
                            Sort.by("fireAt").and("label"), roundId, unit);
            return query.list().map(list -> list.stream().map(ScheduleView::of).toList());
        }));
    }
}
