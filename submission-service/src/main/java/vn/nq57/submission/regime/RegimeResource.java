package vn.nq57.submission.regime;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.idempotency.Idempotency;

/** Periodic reporting regimes (chế độ báo cáo định kỳ). */
@Path("/api/v1/regimes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regimes", description = "Reporting regimes (chế độ báo cáo) that open rounds on a schedule")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class RegimeResource {

    @Inject
    RegimeService service;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "createRegime", summary = "Create a periodic regime",
            description = "City admin. On each cut-off date (the 14th closing the Decree 09/2019 window) the regime opens a round "
                    + "due deadlineWorkingDays working days later at dueTime.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, all listed")
    @APIResponse(responseCode = "403", description = "Not a city admin")
    public Response create(@Valid @NotNull RegimeRequest body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/regimes", body, () -> {
            RegimeEntity regime = service.create(body, caller());
            return Response.created(URI.create("/api/v1/regimes/" + regime.id()))
                    .header(HttpHeaders.ETAG, ETags.of(regime.revision())).entity(RegimeView.of(regime)).build();
        });
    }

    @GET
    @Operation(operationId = "listRegimes", summary = "List the province's regimes")
    @APIResponse(responseCode = "200", description = "Regimes")
    public List<RegimeView> list() {
        return service.list(caller()).stream().map(RegimeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegime", summary = "One regime")
    @APIResponse(responseCode = "200", description = "The regime")
    @APIResponse(responseCode = "404", description = "No such regime")
    public RegimeView get(@PathParam("id") UUID id) {
        return RegimeView.of(service.get(id, caller()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "deactivateRegime", summary = "Stop a regime from opening further rounds")
    @APIResponse(responseCode = "200", description = "Stopped")
    public RegimeView deactivate(@PathParam("id") UUID id) {
        return RegimeView.of(service.deactivate(id, caller()));
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
