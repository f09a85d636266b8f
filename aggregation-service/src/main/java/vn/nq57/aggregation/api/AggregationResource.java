package vn.nq57.aggregation.api;

import vn.nq57.aggregation.round.Rates;
import vn.nq57.aggregation.round.StatusMatrix;
import vn.nq57.aggregation.round.RoundSummary;
import vn.nq57.aggregation.round.RoundService;
import vn.nq57.aggregation.round.RoundRepository;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.nq57.aggregation.common.Access;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.common.ConditionalRead;
import vn.nq57.aggregation.common.Params;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.aggregation.notes.NotesService;
import vn.nq57.aggregation.notes.NotesView;
import vn.nq57.aggregation.outlier.OutlierService;
import vn.nq57.aggregation.rollup.Comparison;
import vn.nq57.aggregation.rollup.ComparisonService;
import vn.nq57.aggregation.rollup.RollupService;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.rollup.Trend;
import vn.nq57.aggregation.rollup.TrendService;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.view.CachedRound;
import vn.nq57.aggregation.view.RoundViews;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.problem.ProblemException;

/**
 * What the city department reads: status matrix, indicator roll-ups, trends and difficulties (plan
 * coverage is plan-service's). City roles and integrations of the province read everything; a unit officer
 * reads only their own unit's row and values.
 */
@Path("/api/v1/aggregation")
@Authenticated
@Blocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregation", description = "Roll-ups of reporting rounds (tổng hợp): status matrix, indicators, difficulties and trends")
public class AggregationResource {

    static final String BASIS_DOC = "Which versions count: ACCEPTED (accepted only) or LATEST_SUBMITTED "
            + "(the latest submitted version of each unit, the default)";

    @Inject
    Access access;
    @Inject
    RoundService rounds;
    @Inject
    RoundRepository roundRepository;
    @Inject
    TrendService trends;
    @Inject
    NotesService notes;
    @Inject
    UnitRepository units;
    @Inject
    ComparisonService comparisons;
    @Inject
    RoundViews views;

    @GET
    @Path("/rounds")
    @Operation(operationId = "listAggregatedRounds", summary = "List the reporting rounds known from round events",
            description = "City roles and integrations see their province's rounds; a unit officer the rounds "
                    + "that require their unit.")
    @APIResponse(responseCode = "200", description = "A page of rounds")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403",
            description = "No platform role, or a city or integration token without province_code")
    public Page<RoundSummary> list(
            @Parameter(description = "Page from 0, at most 100000") @QueryParam("page") Integer page,
            @Parameter(description = "Page size 1 to 200, 20 when absent") @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        access.requireAnyRole();
        List<RoundSummary> visible = candidates().stream()
                .filter(r -> access.seesProvince(r.issuerUnitCode()) || (access.caller().isUnitOfficer()
                        && r.requiredUnitCodes() != null && r.requiredUnitCodes().contains(access.caller().unitCode())))
                .map(r -> new RoundSummary(r.roundId(), r.planId(), r.title(), r.issuerUnitCode(),
                        r.request() == null ? null : r.request().numberSymbol(),
                        r.dueAt().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(),
                        r.requiredUnitCodes() == null ? 0 : r.requiredUnitCodes().size()))
                .toList();
        return Page.slice(visible, paging);
    }

    @GET
    @Path("/rounds/{roundId}/status")
    @Operation(operationId = "getRoundStatusMatrix", summary = "Round status matrix: every required unit with its status, completeness and timeliness",
            description = "Statuses: NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, RESUBMITTED, "
                    + "ACCEPTED, OVERDUE (nothing submitted after the deadline in force). Rates overall and by unit "
                    + "type (XA, PHUONG, DAC_KHU). flagCount: how many of the unit's latest submitted values carry "
                    + "an outlier flag (see the indicators view). A unit officer gets only their own row and no rates.")
    @APIResponse(responseCode = "200", description = "The matrix (gzip-compressed for a city caller whose Accept-Encoding "
            + "allows it)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusMatrix.class)))
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of the caller's copy: "
            + "answered 304 while it is still current (poll with it; every answer carries its ETag)")
    @APIResponse(responseCode = "304", description = "Not modified: the copy named by If-None-Match is still current")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Another province, or a unit the round does not require")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Response status(@PathParam("roundId") String roundId, @Context HttpHeaders headers) {
        CachedRound view = readableView(roundId);
        RoundSnapshot round = view.round();
        String scope = access.scope(round.issuerUnitCode());
        String tag = views.matrixTag(view, scope);
        if (ConditionalRead.unchanged(headers, tag)) {
            return ConditionalRead.notModified(tag);
        }
        if (scope != null) {
            return ConditionalRead.validated(Response.ok(rounds.matrix(rounds.context(round, view.units(),
                    view.states()), scope)), tag).build();
        }
        boolean gzip = acceptsGzip(headers);
        return serialized(views.cityMatrix(view, gzip), gzip, tag);
    }

    @GET
    @Path("/rounds/{roundId}/indicators")
    @Operation(operationId = "getRoundIndicatorRollups", summary = "Indicator roll-ups of a round",
            description = "For each catalogue indicator: the city figure under its rule (SUM, AVERAGE, MIN, MAX, "
                    + "RATIO_OF_SUMS, NONE), the per-unit values and how many units reported it. \"At least\" "
                    + "values make a lower bound, \"about\" values an estimate, ranges sum to [sum of mins, sum of "
                    + "maxes], ratios to sum of numerators / sum of denominators (5.010/5.092 = 98,39%). flags: values far "
                    + "from the peers of the same unit type or the unit's earlier rounds (modified z-score of median/MAD "
                    + "> 3.5; a tenfold change with fewer than 3 earlier values) and 100% rates where peers' median "
                    + "is 20 points lower or more; explained in Vietnamese and English, never blocking.")
    @APIResponse(responseCode = "200", description = "The roll-ups (gzip-compressed for a city caller whose "
            + "Accept-Encoding allows it)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundRollup.class)))
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of the caller's copy: "
            + "answered 304 while it is still current (poll with it; every answer carries its ETag)")
    @APIResponse(responseCode = "304", description = "Not modified: the copy named by If-None-Match is still current")
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Another province, or a unit the round does not require")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Response indicators(@PathParam("roundId") String roundId,
            @Parameter(description = BASIS_DOC, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ACCEPTED", "LATEST_SUBMITTED"})) @QueryParam("basis") String basis,
            @Parameter(description = "false: the city figures only, without each unit's values (units is null); "
                    + "for dashboards that poll a large round") @QueryParam("unitValues") @DefaultValue("true")
            boolean unitValues, @Context HttpHeaders headers) {
        Basis b = Params.basis(basis);
        CachedRound view = readableView(roundId);
        String scope = access.scope(view.round().issuerUnitCode());
        String tag = views.rollupTag(view, scope);
        if (ConditionalRead.unchanged(headers, tag)) {
            return ConditionalRead.notModified(tag);
        }
        if (scope != null) {
            return ConditionalRead.validated(Response.ok(RollupService.forUnit(views.city(view, b), scope)), tag).build();
        }
        boolean gzip = acceptsGzip(headers);
        if (unitValues) {
            return gzip ? serialized(views.flaggedGzip(view, b), true, tag)
                    : ConditionalRead.validated(Response.ok(views.flagged(view, b)), tag).build();
        }
        return serialized(views.totalsJson(view, b, gzip), gzip, tag);
    }

    @GET
    @Path("/rounds/{roundId}/comparison")
    @Operation(operationId = "getRoundComparison", summary = "Indicators by unit type and per unit, beside the previous round",
            description = "For each indicator, the previous round is the latest earlier round (by deadline) of the "
                    + "same province whose catalogue has the same indicator code. byUnitType: the city figure over "
                    + "the xã, phường and đặc khu units under the indicator's rule, now and then; units: each "
                    + "required unit's value now and then.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a city role or integration of the round's province")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public Comparison comparison(@PathParam("roundId") String roundId,
            @Parameter(description = BASIS_DOC) @QueryParam("basis") String basis) {
        Basis b = Params.basis(basis);
        access.requireAnyRole();
        RoundSnapshot round = rounds.round(Params.id(roundId, "Round"));
        access.requireProvince(round.issuerUnitCode());
        return comparisons.compare(round, b);
    }

    @GET
    @Path("/rounds/{roundId}/difficulties")
    @Operation(operationId = "getRoundDifficulties", summary = "Difficulties, causes and recommendations of a round's reports, grouped",
            description = "Difficulties and causes by theme, recommendations by addressee and by theme; identical "
                    + "texts (ignoring accents and case) are merged with the units that raised them.")
    @APIResponse(responseCode = "200", description = "The grouped notes")
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Another province, or a unit the round does not require")
    @APIResponse(responseCode = "404", description = "Unknown round")
    public NotesView difficulties(@PathParam("roundId") String roundId,
            @Parameter(description = BASIS_DOC) @QueryParam("basis") String basis) {
        Basis b = Params.basis(basis);
        RoundSnapshot round = readable(roundId);
        return notes.notes(rounds.context(round, b), b, access.scope(round.issuerUnitCode()));
    }

    @GET
    @Path("/trends/{indicatorCode}")
    @Operation(operationId = "getIndicatorTrend", summary = "An indicator across the province's rounds, for the whole city or one unit",
            description = "Without unit: the city figure per round (city roles and integrations). With unit: that "
                    + "unit's value per round. A unit officer always gets their own unit, in its province.")
    @APIResponse(responseCode = "200", description = "The trend, oldest deadline first")
    @APIResponse(responseCode = "400", description = "Unknown basis")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Another province or another unit, or a city or integration "
            + "token without province_code")
    @APIResponse(responseCode = "404", description = "The officer's unit is not known yet")
    public Trend trend(@PathParam("indicatorCode") String indicatorCode,
            @Parameter(description = "Province code, default the caller's", example = "31")
            @QueryParam("province") String province,
            @Parameter(description = "Unit code for a unit trend", example = "11446") @QueryParam("unit") String unit,
            @Parameter(description = BASIS_DOC) @QueryParam("basis") String basis) {
        Basis b = Params.basis(basis);
        access.requireAnyRole();
        String provinceCode;
        if (access.caller().isUnitOfficer() && !access.caller().isCity() && !access.caller().isIntegration()) {
            if (unit != null && !unit.equals(access.caller().unitCode())) {
                throw ProblemException.forbidden("A unit officer reads only their own unit's trend");
            }
            unit = access.caller().unitCode();
            provinceCode = units.find(unit).parentCode();
            if (provinceCode == null) {
                throw ProblemException.notFound("Unit " + unit);
            }
            if (province != null && !province.equals(provinceCode)) {
                throw ProblemException.forbidden("A unit officer reads only their own province's rounds");
            }
        } else {
            provinceCode = province != null ? province : access.caller().provinceCode();
            access.requireProvince(provinceCode);
        }
        return trends.trend(indicatorCode, provinceCode, unit, b);
    }

    /** The rounds of the caller's province and, for a unit officer, those that require their unit. */
    private List<RoundSnapshot> candidates() {
        Map<UUID, RoundSnapshot> found = new LinkedHashMap<>();
        if (access.caller().isCity() || access.caller().isIntegration()) {
            roundRepository.ofProvince(access.caller().provinceCode()).forEach(r -> found.put(r.roundId(), r));
        }
        if (access.caller().isUnitOfficer()) {
            roundRepository.requiring(access.caller().unitCode()).forEach(r -> found.putIfAbsent(r.roundId(), r));
        }
        return found.values().stream().sorted(Comparator.comparing((RoundSnapshot r) -> r.dueAt().toInstant())
                .thenComparing(r -> r.roundId().toString())).toList();
    }

    /** An answer serialized by the view cache, as JSON or its gzip stream, with its validator. */
    private static Response serialized(byte[] body, boolean gzip, String tag) {
        Response.ResponseBuilder answer = ConditionalRead.validated(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), tag);
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : answer.build();
    }

    /** Whether Accept-Encoding allows gzip (a listed gzip or * without q=0). */
    static boolean acceptsGzip(HttpHeaders headers) {
        String accepted = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            boolean refused = parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
            if ((name.equals("gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    /** The round's cached view, if the caller may read at least part of it. */
    private CachedRound readableView(String roundId) {
        access.requireAnyRole();
        CachedRound view = views.view(Params.id(roundId, "Round"));
        readable(view.round());
        return view;
    }

    /** The round, if the caller may read at least part of it. */
    private RoundSnapshot readable(String roundId) {
        access.requireAnyRole();
        return readable(rounds.round(Params.id(roundId, "Round")));
    }

    private RoundSnapshot readable(RoundSnapshot round) {
        String roundId = round.roundId().toString();
        String scope = access.scope(round.issuerUnitCode());
        if (scope != null && (round.requiredUnitCodes() == null || !round.requiredUnitCodes().contains(scope))) {
            throw ProblemException.forbidden("Round " + roundId + " does not require unit " + scope);
        }
        return round;
    }
}
