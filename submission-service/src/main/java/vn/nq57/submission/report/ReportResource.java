package vn.nq57.submission.report;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.idempotency.Idempotency;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

/** Progress reports (báo cáo): drafts, submissions, reviews, versions and the audit trail. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Progress reports (báo cáo) of a unit in a round: draft, submit, withdraw, review, versions and audit")
@RolesAllowed({Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER, Roles.INTEGRATION})
public class ReportResource {

    @Inject
    ReportService service;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "createReport", summary = "Start a unit's draft in a round", description = "Officer of the unit. Publishes report.draft-started.")
    @APIResponse(responseCode = "201", description = "Draft created; ETag for the next edit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content, all fields listed")
    @APIResponse(responseCode = "403", description = "Officer of another unit, or a read-only caller")
    @APIResponse(responseCode = "409", description = "The unit already has a report in this round")
    public Response create(@Valid @NotNull CreateReportRequest body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/reports", body, () -> {
            ReportEntity report = service.create(body, caller());
            return Response.created(URI.create("/api/v1/reports/" + report.id()))
                    .header(HttpHeaders.ETAG, ETags.of(report.revision())).entity(ReportView.of(report)).build();
        });
    }

    @GET
    @Operation(operationId = "listReports", summary = "List or search reports",
            description = "Officers see their own unit's reports; city roles and integrations their province's. "
                    + "With q, full-text search over the report's content (draft and latest submitted version: "
                    + "header, sections, indicator notes, difficulties, causes, recommendations), accent- and "
                    + "case-insensitive, every word required; each item then carries a snippet around the first match.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "A bad filter, q too long (200 characters), with more than 8 words or none")
    public Page<ReportView> list(@QueryParam("roundId") UUID roundId, @QueryParam("unitCode") @Size(max = 10) @PlainText String unitCode,
            @QueryParam("status") ReportStatus status,
            @Parameter(description = "Words to find, e.g. \"loa truyen thanh\" (diacritics optional)") @QueryParam("q") String q,
            @Parameter(description = "Page from 0, at most 100000") @QueryParam("page") Integer page,
            @Parameter(description = "Page size 1 to 200, 20 when absent") @QueryParam("size") Integer size) {
        return service.list(caller(), roundId, unitCode, status, SearchQuery.parse(q), Paging.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "One report with its draft, latest review and attachments")
    @APIResponse(responseCode = "200", description = "The report; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Officer of another unit")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(service.readable(id, caller()), 200);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateReportDraft", summary = "Replace the draft content", description = "Only a DRAFT or RETURNED report. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Saved; new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content; nothing stored")
    @APIResponse(responseCode = "409", description = "The report is under review or accepted")
    @APIResponse(responseCode = "412", description = "Stale If-Match: someone saved in between")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ReportContent body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.updateDraft(id, body, ifMatch, caller()), 200);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitReport", summary = "Submit the draft as a new immutable version",
            description = "Checks required sections; flags the version late against the deadline in force. "
                    + "A retry with the same Idempotency-Key answers the first response. Publishes report.submitted.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Required sections missing or invalid values")
    @APIResponse(responseCode = "409", description = "Not in DRAFT or RETURNED")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Retry key of a mobile client") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/reports/" + id + "/submit", null,
                () -> withEtag(service.submit(id, ifMatch, caller()), 200));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawReport", summary = "Withdraw a submission before review", description = "The report is a DRAFT again; the version stays readable, marked withdrawn. Publishes report.withdrawn.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "Already reviewed, or not submitted")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/reports/" + id + "/withdraw", null,
                () -> withEtag(service.withdraw(id, caller()), 200));
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnReport", summary = "Return a submission for revision", description = "City staff. Comments overall and per section; sets resubmitBy when the round has resubmission days. Publishes report.returned.")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not city staff of the province")
    @APIResponse(responseCode = "409", description = "Not under review")
    public Response returnReport(@PathParam("id") UUID id, @Valid ReviewRequest body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/reports/" + id + "/return", body,
                () -> withEtag(service.returnForRevision(id, body, caller()), 200));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptReport", summary = "Accept a submission", description = "City staff. Publishes report.accepted.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not city staff of the province")
    @APIResponse(responseCode = "409", description = "Not under review")
    public Response accept(@PathParam("id") UUID id, @Valid ReviewRequest body, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.execute(caller(), key, "POST /api/v1/reports/" + id + "/accept", body,
                () -> withEtag(service.accept(id, body, caller()), 200));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listReportVersions", summary = "Every submitted version, withdrawn ones included")
    @APIResponse(responseCode = "200", description = "Versions, oldest first")
    public List<ReportVersion> versions(@PathParam("id") UUID id) {
        return service.readable(id, caller()).versions().stream().map(ReportView::local).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getReportVersion", summary = "One submitted version")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version")
    public ReportVersion version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return service.readable(id, caller()).versions().stream().filter(v -> v.version() == version).findFirst()
                .map(ReportView::local)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of report " + id));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getReportAudit", summary = "The audit trail: who changed the state, when, from, to, with which comment")
    @APIResponse(responseCode = "200", description = "Entries, oldest first")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return service.readable(id, caller()).audit().stream().map(ReportView::local).toList();
    }

    private static Response withEtag(ReportEntity report, int status) {
        return Response.status(status).header(HttpHeaders.ETAG, ETags.of(report.revision()))
                .entity(ReportView.of(report)).build();
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
