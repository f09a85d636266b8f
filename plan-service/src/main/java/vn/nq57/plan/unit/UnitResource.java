package vn.nq57.plan.unit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.plan.common.Search;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.nq57.support.idempotency.Idempotency;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.contracts.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Administrative units (đơn vị hành chính) and their internal offices")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "The role or scope does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class UnitResource {

    static final String UNIT_EXAMPLE = """
            {"code":"11446","name":"Phù Liễn","fullName":"Phường Phù Liễn","type":"PHUONG","parentCode":"31",
             "offices":["Phòng Văn hóa - Xã hội","Văn phòng HĐND-UBND","Phòng Kinh tế, Hạ tầng và Đô thị",
             "Trung tâm Dịch vụ sự nghiệp công"],"active":true,"revision":1}""";
    static final String REQUEST_EXAMPLE = """
            {"code":"11674","name":"An Hưng","fullName":"Xã An Hưng","type":"XA","parentCode":"31",
             "offices":["Phòng Văn hóa - Xã hội","Văn phòng HĐND và UBND","Phòng Kinh tế",
             "Trung tâm Dịch vụ sự nghiệp công","Trung tâm Phục vụ hành chính công","Công an xã"]}""";
    static final String CSV_EXAMPLE = """
            code,name,full_name,type,parent_code
            31,Hải Phòng,Thành phố Hải Phòng,city,
            11446,Phù Liễn,Phường Phù Liễn,phuong,31
            11674,An Hưng,Xã An Hưng,xa,31
            """;
    static final String REPORT_EXAMPLE = """
            {"rows":3,"created":1,"updated":0,"unchanged":1,"failed":1,"results":[
             {"row":2,"code":"31","outcome":"UNCHANGED"},
             {"row":3,"code":"11446","outcome":"CREATED"},
             {"row":4,"code":"1167","outcome":"ERROR","column":"code","reason":"must be 2 digits (province/city) or 5 digits (commune-level unit)"}]}""";

    @Inject
    UnitService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listUnits", summary = "List units in your scope",
            description = "City roles and integrations see their province (nothing without a province_code "
                    + "claim); a unit officer sees their own unit (403 without a unit_code claim). q is accent- and "
                    + "case-insensitive.")
    @APIResponse(responseCode = "200", description = "One page of units", content = @Content(schema = @Schema(implementation = UnitViewPage.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Hải Phòng, q=phu lien",
            value = "{\"items\":[" + UNIT_EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Page<UnitView>> list(
            @Parameter(description = "Parent province/city code", example = "31") @QueryParam("parent") @Size(max = 5) @PlainText String parent,
            @Parameter(description = "Unit type") @QueryParam("type") UnitType type,
            @Parameter(description = "Search in code and names, accent-insensitive", example = "phu lien")
            @QueryParam("q") @Size(max = Search.MAX_QUERY) @PlainText String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller(), parent, type, q, Paging.of(page, size));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getUnit", summary = "Read one unit", description = "Answers ETag with the unit's version.")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(schema = @Schema(implementation = UnitView.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Phù Liễn", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("code") @Size(max = 5) @PlainText String code) {
        return service.get(caller(), code).map(u -> Response.ok(UnitView.of(u)).tag(etag(u)).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit (city admin of its province)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Xã An Hưng", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = UnitView.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Phù Liễn", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The code exists", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull UnitRequest request) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), request, () -> service.create(caller(), request)
                .map(u -> Response.created(URI.create("/api/v1/units/" + u.code)).entity(UnitView.of(u)).tag(etag(u)).build()));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "updateUnit", summary = "Change a unit (If-Match required)",
            description = "Replaces name, full name, type, parent and offices; active=false deactivates.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Xã An Hưng", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed; new ETag", content = @Content(schema = @Schema(implementation = UnitView.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Phù Liễn", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such unit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> update(@PathParam("code") @Size(max = 5) @PlainText String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitRequest request) {
        return service.update(caller(), code, ifMatch, request)
                .map(u -> Response.ok(UnitView.of(u)).tag(etag(u)).build());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "deactivateUnit", summary = "Deactivate a unit", description = "The unit stays for history with active=false; "
            + "a unit.upserted event tells the other services. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Deactivated", content = @Content(schema = @Schema(implementation = UnitView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No such unit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> deactivate(@PathParam("code") @Size(max = 5) @PlainText String code, @HeaderParam("If-Match") String ifMatch) {
        return service.deactivate(caller(), code, ifMatch).map(u -> Response.ok(UnitView.of(u)).tag(etag(u)).build());
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "importUnits", summary = "Import units from CSV",
            description = "Header code,name,full_name,type,parent_code (full_name may be left out); type is city, "
                    + "province, xa, phuong or dac_khu; lines starting with # are comments. Every data row is "
                    + "checked on its own: good rows are stored (new ones created, changed ones updated), bad rows "
                    + "are listed with their line number, column and reason and change nothing. A parent must exist or "
                    + "come earlier in the file. Rows outside your province are refused, and so are rows naming an "
                    + "existing unit of another province. At most 1 MiB and 5,000 data rows per file; names at most "
                    + "200 characters, full names 255, no control characters.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Hải Phòng", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Per-row report", content = @Content(schema = @Schema(implementation = ImportReport.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one bad row", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Empty file or wrong header", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Over 1 MiB or over 5,000 data rows", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> importCsv(@Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey, String body) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), body,
                () -> service.importCsv(caller(), body).map(report -> Response.ok(report).build()));
    }

    private static jakarta.ws.rs.core.EntityTag etag(Unit unit) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(unit.version));
    }


    /** Built per request: the shared CallerProducer cannot be used (a request-scoped producer of a record). */
    private Caller caller() {
        return Caller.of(identity);
    }
}
