package vn.nq57.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document of the whole platform (tài liệu API hợp nhất). */
@Path("/api")
@Tag(name = "Gateway", description = "Platform-wide documentation and health")
public class OpenApiResource {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final MergedOpenApi openApi;

    public OpenApiResource(MergedOpenApi openApi) {
        this.openApi = openApi;
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merged OpenAPI document of every service reachable now")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document; unreachable services are named in info.description")
    public Uni<String> json() {
        return openApi.document().map(Object::toString);
    }

    @GET
    @Path("/openapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "Merged OpenAPI document as YAML")
    @APIResponse(responseCode = "200", description = "The same document as /api/openapi.json, in YAML")
    public Uni<String> yaml() {
        return openApi.document().map(document -> {
            try {
                return YAML.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A JSON tree always converts to YAML", e);
            }
        });
    }
}
