package vn.nq57.aggregation.synthesis;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.aggregation.common.Access;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Roles;

/**
 * The theme catalogue and the addressee aliases a city groups its units' notes by. City roles and
 * integrations of the province read them; a city admin of the province replaces them; the platform
 * default ({@code province=DEFAULT}) is read by any of them and replaced by a platform operator.
 */
@Path("/api/v1/aggregation")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synthesis catalogues", description = "Theme keyword rules and addressee aliases (danh mục chủ đề, cơ quan nhận kiến nghị) the city edits for its consolidated report")
public class CatalogueResource {

    static final String PROVINCE_DOC = "Province code (default the caller's), or DEFAULT for the platform default";

    @Inject
    Access access;
    @Inject
    CatalogueService catalogues;

    @GET
    @Path("/themes")
    @Operation(operationId = "getThemeCatalogue", summary = "The theme catalogue in force: themes with accent-insensitive keyword rules")
    @APIResponse(responseCode = "200", description = "The catalogue and where it comes from")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the province")
    public CatalogueView<ThemeCatalogue> themes(
            @Parameter(description = PROVINCE_DOC) @QueryParam("province") String province) {
        return catalogues.themes(readable(province));
    }

    @PUT
    @Path("/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceThemeCatalogue", summary = "Replace the province's theme catalogue (city admin) or the platform default (operator)",
            description = "1-30 themes; code A-Z0-9_ (OTHER is reserved), labels up to 120 characters, 1-50 "
                    + "keywords of 2-60 characters each. A note goes to the theme with the most keyword matches.")
    @APIResponse(responseCode = "200", description = "The catalogue now in force")
    @APIResponse(responseCode = "400", description = "Invalid catalogue; the problem names each field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city admin of the province (or operator for DEFAULT)")
    public CatalogueView<ThemeCatalogue> replaceThemes(
            @Parameter(description = PROVINCE_DOC) @QueryParam("province") String province,
            @NotNull @Valid ThemeCatalogue catalogue) {
        return catalogues.saveThemes(writable(province), catalogue, access.caller().subject());
    }

    @GET
    @Path("/addressees")
    @Operation(operationId = "getAddresseeAliases", summary = "The addressee alias table in force (\"UBND TP\" is \"UBND thành phố\")")
    @APIResponse(responseCode = "200", description = "The alias table and where it comes from")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the province")
    public CatalogueView<AddresseeAliases> aliases(
            @Parameter(description = PROVINCE_DOC) @QueryParam("province") String province) {
        return catalogues.aliases(readable(province));
    }

    @PUT
    @Path("/addressees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAddresseeAliases", summary = "Replace the province's addressee aliases (city admin) or the platform default (operator)",
            description = "Up to 100 entries, each a name and up to 30 aliases (160 characters each); matching "
                    + "ignores accents, case, punctuation and \"&\"/\"và\"; two entries may not claim one spelling.")
    @APIResponse(responseCode = "200", description = "The alias table now in force")
    @APIResponse(responseCode = "400", description = "Invalid table; the problem names each field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city admin of the province (or operator for DEFAULT)")
    public CatalogueView<AddresseeAliases> replaceAliases(
            @Parameter(description = PROVINCE_DOC) @QueryParam("province") String province,
            @NotNull @Valid AddresseeAliases aliases) {
        return catalogues.saveAliases(writable(province), aliases, access.caller().subject());
    }

    private String readable(String province) {
        if (CatalogueRepository.DEFAULT_SCOPE.equals(province)) {
            if (!access.caller().roles().contains(Roles.PLATFORM_OPERATOR)) {
                access.requireAnyRole();
                if (access.caller().isUnitOfficer() && !access.caller().isCity() && !access.caller().isIntegration()) {
                    throw ProblemException.forbidden("Unit officers do not read the catalogues");
                }
            }
            return CatalogueRepository.DEFAULT_SCOPE;
        }
        String scope = province == null || province.isBlank() ? access.caller().provinceCode() : province;
        access.requireProvince(scope);
        return scope;
    }

    private String writable(String province) {
        if (CatalogueRepository.DEFAULT_SCOPE.equals(province)) {
            if (!access.caller().roles().contains(Roles.PLATFORM_OPERATOR)) {
                throw ProblemException.forbidden("Only a platform operator may change the platform default");
            }
            return CatalogueRepository.DEFAULT_SCOPE;
        }
        String scope = province == null || province.isBlank() ? access.caller().provinceCode() : province;
        if (scope == null || !access.caller().isCityAdmin() || !access.caller().coversProvince(scope)) {
            throw ProblemException.forbidden("Only a city admin of province " + scope + " may change its catalogues");
        }
        return scope;
    }
}
