package vn.nq57.plan.plan;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.plan.common.Search;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.nq57.support.idempotency.Idempotency;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Communication plans (Kế hoạch) implementing Resolution 57-NQ/TW, their versions and coverage")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "The role or scope does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class PlanResource {

    private static final String READERS_ROLES = "city-admin, city-staff, unit-officer, integration";

    @Inject
    PlanService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uriInfo;

    /** A channel of the catalogue with its Vietnamese label. */
    public record ChannelView(Channel channel, String label) {
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "searchPlans", summary = "Search plans", description = "Current versions of the plans in your scope (" + READERS_ROLES
            + "; a unit officer sees their unit's). q is accent- and case-insensitive over title and content: "
            + "\"tuyen truyen\" finds \"tuyên truyền\".")
    @APIResponse(responseCode = "200", description = "One page of plans", content = @Content(schema = @Schema(implementation = PlanSummaryPage.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "q=binh dan hoc vu so", value = PlanExamples.LIST)))
    @APIResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Page<PlanSummary>> search(
            @Parameter(description = "Issuing unit code", example = "11674") @QueryParam("unit") @Size(max = 5) @PlainText String unit,
            @Parameter(description = "Year the plan covers", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Only plans implementing this city plan") @QueryParam("parentPlanId") UUID parentPlanId,
            @Parameter(description = "Text to find", example = "tuyen truyen") @QueryParam("q") @Size(max = Search.MAX_QUERY) @PlainText String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.search(caller(), unit, year, status, parentPlanId, q, Paging.of(page, size));
    }

    @GET
    @Path("/channels")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listPlanChannels", summary = "The catalogue of communication channels (hình thức tuyên truyền)")
    @APIResponse(responseCode = "200", description = "Every channel with its label", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelView.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "catalogue",
            value = "[{\"channel\":\"PORTAL\",\"label\":\"Cổng/Trang thông tin điện tử, nền tảng số\"}]")))
    public List<ChannelView> channels() {
        return Arrays.stream(Channel.values()).map(c -> new ChannelView(c, c.label())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "createPlan", summary = "Create a draft plan", description = "A unit officer creates plans of their own unit, a city "
            + "admin plans of any unit of their province. parentPlanId names the city plan this one implements.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Xã An Hưng 2026", value = PlanExamples.AN_HUNG_REQUEST)))
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing title, unknown unit or parent plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "missing title",
            value = "{\"type\":\"urn:nq57:problem:validation\",\"title\":\"Dữ liệu không hợp lệ\",\"status\":400,"
                    + "\"detail\":\"1 field is invalid\",\"instance\":\"/api/v1/plans\","
                    + "\"errors\":[{\"field\":\"title\",\"reason\":\"must not be blank\"}]}")))
    public Uni<Response> create(@Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull PlanRequest request) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), request, () -> service.create(caller(), request)
                .map(l -> Response.created(URI.create("/api/v1/plans/" + l.version().planId))
                        .entity(l.view()).tag(etag(l)).build()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getPlan", summary = "Read a plan", description = "The current version, or the one named by ?version=. ETag is "
            + "the version's lock version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "192/KH-UBND", value = PlanExamples.CITY_PLAN_VIEW)))
    @APIResponse(responseCode = "404", description = "No such plan or version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("id") UUID id, @QueryParam("version") @Min(1) @Max(100_000) Integer version) {
        return service.get(caller(), id, version).map(l -> Response.ok(l.view()).tag(etag(l)).build());
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listPlanVersions", summary = "List a plan's versions", description = "Oldest first; an amended version shows status AMENDED.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanSummary.class)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<List<PlanSummary>> versions(@PathParam("id") UUID id) {
        return service.versions(caller(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "updatePlanDraft", summary = "Edit the draft (If-Match required)", description = "Replaces the draft's content. Issued "
            + "versions are immutable: amend them instead.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Xã An Hưng 2026", value = PlanExamples.AN_HUNG_REQUEST)))
    @APIResponse(responseCode = "200", description = "Draft changed; new ETag", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PlanRequest request) {
        return service.update(caller(), id, ifMatch, request).map(l -> Response.ok(l.view()).tag(etag(l)).build());
    }

    @POST
    @Path("/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "issuePlan", summary = "Issue the draft (ban hành)", description = "Fixes number and date; publishes plan.issued, "
            + "or plan.amended when the draft is an amendment (the replaced version becomes AMENDED). The number is "
            + "unique for the unit in the year. If-Match is checked when sent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "48/KH-UBND", value = PlanExamples.ISSUE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Bad number or date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Number already used this year, or not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> issue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull IssueRequest request) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), request,
                () -> service.issue(caller(), id, ifMatch, request).map(l -> Response.ok(l.view()).tag(etag(l)).build()));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "amendPlan", summary = "Start an amendment", description = "Creates the next version as a draft copy of the issued "
            + "one (same plan id, versionNumber+1, replacesVersion set). Edit it with PUT, then issue it.")
    @APIResponse(responseCode = "201", description = "Amendment draft created", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "409", description = "The plan is not ISSUED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), null,
                () -> service.amend(caller(), id, ifMatch).map(l -> Response.created(
                        URI.create("/api/v1/plans/" + id + "?version=" + l.version().versionNumber))
                        .entity(l.view()).tag(etag(l)).build()));
    }

    @POST
    @Path("/{id}/supersede")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "supersedePlan", summary = "Mark the plan superseded by another plan", description = "Publishes plan.superseded.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "replaced", value = PlanExamples.SUPERSEDE)))
    @APIResponse(responseCode = "200", description = "Superseded", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "409", description = "The plan is not ISSUED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> supersede(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull SupersedeRequest request) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), request,
                () -> service.supersede(caller(), id, ifMatch, request).map(l -> Response.ok(l.view()).tag(etag(l)).build()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.UNIT_OFFICER})
    @Operation(operationId = "closePlan", summary = "Close the plan", description = "Publishes plan.closed.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = PlanView.class), mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "409", description = "The plan is not ISSUED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Retry key: a retry answers the first response") @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(caller(), idempotencyKey, "POST " + uriInfo.getPath(), null,
                () -> service.close(caller(), id, ifMatch).map(l -> Response.ok(l.view()).tag(etag(l)).build()));
    }

    @GET
    @Path("/{id}/coverage")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getPlanCoverage", summary = "Coverage of a city plan", description = "Which commune-level units of the city have "
            + "issued a plan implementing it (parentPlanId), which are drafting one and which have none.")
    @APIResponse(responseCode = "200", description = "Counts and lists", content = @Content(schema = @Schema(implementation = CoverageView.class),
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "192/KH-UBND", value = PlanExamples.COVERAGE)))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not a province/city plan", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<CoverageView> coverage(@PathParam("id") UUID id) {
        return service.coverage(caller(), id);
    }

    private static EntityTag etag(PlanService.Loaded loaded) {
        return new EntityTag(String.valueOf(loaded.version().version));
    }

    /** Built per request: the shared CallerProducer cannot be used (a request-scoped producer of a record). */
    private Caller caller() {
        return Caller.of(identity);
    }
}
