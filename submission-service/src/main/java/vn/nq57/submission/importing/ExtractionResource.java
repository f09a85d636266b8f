package vn.nq57.submission.importing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;

/** The extraction block of an imported draft, for a frontend that highlights each value's source. */
@Path("/api/v1/reports/{id}/extraction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class ExtractionResource {

    @Inject
    ImportService service;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "getReportExtraction", summary = "Where each part of an imported draft came from",
            description = "The extraction block of the last import, readable until the draft is submitted.")
    @APIResponse(responseCode = "200", description = "The extraction block",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractionView.class)))
    @APIResponse(responseCode = "403", description = "Officer of another unit")
    @APIResponse(responseCode = "404", description = "No such report, or its draft was not imported")
    @APIResponse(responseCode = "410", description = "The draft was submitted after the import; the block was dropped")
    public Response get(@PathParam("id") UUID id) {
        return Response.ok(service.extraction(id, Caller.of(identity)), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
