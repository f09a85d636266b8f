package vn.nq57.submission.template;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.security.Roles;

/** Report templates (mẫu đề cương) a round can start from. */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "The default report outline and indicator catalogue (đề cương báo cáo)")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class TemplateResource {

    @GET
    @Path("/default")
    @Operation(operationId = "getDefaultTemplate", summary = "The city's default outline and indicator catalogue",
            description = "Outline I.1–I.5, II, III of the reports on plan 192/KH-UBND and the indicators found in the seed reports.")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "No platform role")
    public Template defaultTemplate() {
        return DefaultTemplate.TEMPLATE;
    }
}
