package vn.nq57.aggregation.export;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.aggregation.common.Access;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.common.Params;
import vn.nq57.aggregation.coverage.PlanCoverageClient;
import vn.nq57.aggregation.narrative.NarrativeService;
import vn.nq57.aggregation.notes.NotesService;
import vn.nq57.aggregation.outlier.OutlierService;
import vn.nq57.aggregation.rollup.ComparisonService;
import vn.nq57.aggregation.rollup.RollupCache;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.round.RoundContext;
import vn.nq57.aggregation.round.RoundService;
import vn.nq57.contracts.events.RoundSnapshot;

/** City-wide exports of a round: city roles and integrations of the round's province only. */
@Path("/api/v1/aggregation")
@Authenticated
@Blocking
@Tag(name = "Exports", description = "Downloads of a round: XLSX workbook, CSV and the consolidated city report (báo cáo tổng hợp) as DOCX")
public class ExportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    Access access;
    @Inject
    RoundService rounds;
    @Inject
    RollupCache rollups;
    @Inject
    NotesService notes;
    @Inject
    OutlierService outliers;
    @Inject
    ComparisonService comparisons;
    @Inject
    XlsxExporter xlsx;
    @Inject
    CsvExporter csv;
    @Inject
    DocxReportWriter docx;
    @Inject
    NarrativeService narratives;
    @Inject
    PlanCoverageClient coverage;
    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/rounds/{roundId}/export.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportRoundWorkbook", summary = "Workbook: units × indicators sheet and status matrix sheet")
    @APIResponse(responseCode = "200", description = "The XLSX file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the round's province")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Response xlsx(@PathParam("roundId") String roundId,
            @Parameter(description = "ACCEPTED or LATEST_SUBMITTED (default)") @QueryParam("basis") String basis) {
        ExportData data = data(roundId, basis);
        return file(xlsx.export(data), XLSX, "tong-hop-" + roundId + ".xlsx");
    }

    @GET
    @Path("/rounds/{roundId}/export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportRoundCsv", summary = "CSV: one row per unit and indicator, then the city rows",
            description = "UTF-8 with a byte order mark; plain numbers (5010, 98.39).")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the round's province")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Response csv(@PathParam("roundId") String roundId,
            @Parameter(description = "ACCEPTED or LATEST_SUBMITTED (default)") @QueryParam("basis") String basis) {
        ExportData data = data(roundId, basis);
        return file(csv.export(data), CSV, "tong-hop-" + roundId + ".csv");
    }

    @GET
    @Path("/rounds/{roundId}/report.docx")
    @Produces(DOCX)
    @Operation(operationId = "exportRoundReportDocx", summary = "Consolidated city report (Báo cáo tổng hợp) in the Decree 30/2020/NĐ-CP layout",
            description = "I. per outline section, how many units wrote it and excerpts chosen by rule; II. indicator totals and "
                    + "a table by unit type; III. difficulties and causes by theme; IV. general assessment; V. recommendations "
                    + "by normalised addressee; VI. plan coverage (asked of plan-service with the caller's token; the report "
                    + "says so when it is unavailable), delivery and units that did not report; annex on A4 landscape.")
    @APIResponse(responseCode = "200", description = "The DOCX file",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the round's province")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Response docx(@PathParam("roundId") String roundId,
            @Parameter(description = "ACCEPTED or LATEST_SUBMITTED (default)") @QueryParam("basis") String basis) {
        ExportData data = data(roundId, basis);
        ConsolidatedReport report = new ConsolidatedReport(data, narratives.narrative(data.round(), data.rollup().basis()),
                coverage.coverage(data.round().planId(), jwt.getRawToken()), docx.now());
        return file(docx.write(report), DOCX, "bao-cao-tong-hop-" + roundId + ".docx");
    }

    private ExportData data(String roundId, String basis) {
        Basis b = Params.basis(basis);
        access.requireAnyRole();
        RoundSnapshot round = rounds.round(Params.id(roundId, "Round"));
        access.requireProvince(round.issuerUnitCode());
        RoundContext ctx = rounds.context(round, b);
        RoundRollup flagged = outliers.flagged(round, b, rollups.cityRollup(round, b));
        return new ExportData(round, OutlierService.counted(rounds.matrix(ctx, null), flagged), flagged,
                notes.notes(ctx, b, null), comparisons.compare(round, b));
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
