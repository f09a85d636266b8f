package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.exact;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;
import static vn.nq57.aggregation.StatusMatrixTest.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.round.ChangeStamps;
import vn.nq57.aggregation.round.ReportRepository;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The cached views of a round (status matrix, indicator roll-up) follow every applied event at
 * once: each read that follows a change finds the province's new change number and recomputes.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class RoundViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;
    @Inject
    ChangeStamps stamps;
    @Inject
    ReportRepository reports;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
        clock.set(vn("2025-12-03T12:00:00"));
    }

    /** An indicator code no other test's round uses, so that no other round is this one's history. */
    private static IndicatorDefinition ownIndicator() {
        return Fixtures.indicator("VIEW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "Số buổi tuyên truyền", "buổi", IndicatorKind.COUNT, AggregationRule.SUM);
    }

    private static RoundSnapshot opened(List<String> units, String due, IndicatorDefinition indicator) {
        RoundSnapshot round = Fixtures.round(UUID.randomUUID(), units, vn(due), List.of(indicator), 1);
        Fixtures.unitsAndRound(round);
        eventually(() -> status(round.roundId(), TestTokens.cityAdmin()).statusCode(200));
        return round;
    }

    private static io.restassured.response.ValidatableResponse indicators(UUID round) {
        return given().auth().oauth2(TestTokens.cityAdmin()).queryParam("unitValues", false)
                .get("/api/v1/aggregation/rounds/" + round + "/indicators").then();
    }

    @Test
    void eachSubmitShowsInTheCachedMatrixAndRollupAtOnce() {
        IndicatorDefinition indicator = ownIndicator();
        RoundSnapshot round = opened(List.of(NGUYEN_LUONG_BANG, AN_HUNG, PHU_LIEN), "2025-12-03T17:00:00", indicator);
        String admin = TestTokens.cityAdmin();
        status(round.roundId(), admin).statusCode(200).body("overall.submitted", equalTo(0));
        indicators(round.roundId()).statusCode(200).body("indicators[0].reportedBy", equalTo(0));

        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), NGUYEN_LUONG_BANG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(exact(indicator.code(), 12)), 2));
        eventually(() -> status(round.roundId(), admin).body("overall.submitted", equalTo(1))
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME")));
        indicators(round.roundId()).body("indicators[0].reportedBy", equalTo(1))
                .body("indicators[0].total.value", equalTo(12));

        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), PHU_LIEN,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T10:00:00"), List.of(exact(indicator.code(), 30)), 2));
        eventually(() -> indicators(round.roundId()).body("indicators[0].reportedBy", equalTo(2))
                .body("indicators[0].total.value", equalTo(42)));
        status(round.roundId(), admin).body("overall.submitted", equalTo(2))
                .body("units[2].status", equalTo("SUBMITTED_ON_TIME"));
        given().auth().oauth2(admin).get("/api/v1/aggregation/rounds/" + round.roundId() + "/indicators").then()
                .body("indicators[0].units", hasSize(2));
    }

    private static io.restassured.response.ValidatableResponse polled(UUID round, String token, String ifNoneMatch) {
        return given().auth().oauth2(token).header("If-None-Match", ifNoneMatch)
                .get("/api/v1/aggregation/rounds/" + round + "/status").then();
    }

    private static io.restassured.response.ValidatableResponse polledIndicators(UUID round, String ifNoneMatch) {
        return given().auth().oauth2(TestTokens.cityAdmin()).queryParam("unitValues", false)
                .header("If-None-Match", ifNoneMatch).get("/api/v1/aggregation/rounds/" + round + "/indicators").then();
    }

    @Test
    void aPollThatFindsNothingNewIsAnsweredNotModifiedAndOneAfterAChangeIsNot() {
        IndicatorDefinition indicator = ownIndicator();
        RoundSnapshot round = opened(List.of(AN_HUNG, PHU_LIEN), "2025-12-03T17:00:00", indicator);
        String admin = TestTokens.cityAdmin();
        String matrixTag = status(round.roundId(), admin).statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache")).extract().header("ETag");
        String totalsTag = indicators(round.roundId()).statusCode(200).extract().header("ETag");
        assertTrue(matrixTag.startsWith("W/\""), matrixTag);

        assertEquals("", polled(round.roundId(), admin, matrixTag).statusCode(304).header("ETag", equalTo(matrixTag))
                .extract().asString());
        polled(round.roundId(), admin, matrixTag.substring(2)).statusCode(304);
        polled(round.roundId(), admin, "\"elsewhere\", " + matrixTag).statusCode(304);
        polled(round.roundId(), admin, "\"elsewhere\"").statusCode(200);
        polledIndicators(round.roundId(), totalsTag).statusCode(304);
        // an officer's own row has a validator of its own; callers who may not read the round learn nothing
        polled(round.roundId(), TestTokens.unitOfficer(AN_HUNG), matrixTag).statusCode(200).body("units", hasSize(1));
        polled(round.roundId(), TestTokens.unitOfficer(NGUYEN_LUONG_BANG), "*").statusCode(403);
        polled(round.roundId(), TestTokens.otherCityAdmin(), matrixTag).statusCode(403);

        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), AN_HUNG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(exact(indicator.code(), 7)), 2));
        eventually(() -> polled(round.roundId(), admin, matrixTag).statusCode(200).body("overall.submitted", equalTo(1)));
        polledIndicators(round.roundId(), totalsTag).statusCode(200).body("indicators[0].reportedBy", equalTo(1));
        String submittedTag = status(round.roundId(), admin).extract().header("ETag");
        polled(round.roundId(), admin, submittedTag).statusCode(304);

        clock.set(vn("2025-12-03T17:00:01"));
        polled(round.roundId(), admin, submittedTag).statusCode(200).body("units[1].status", equalTo("OVERDUE"));
    }

    /** The full roll-up as sent: no decoding on the client's side, Accept-Encoding as given. */
    private static Response fullRollup(UUID round, String token, String acceptEncoding) {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .auth().oauth2(token).header("Accept-Encoding", acceptEncoding)
                .get("/api/v1/aggregation/rounds/" + round + "/indicators");
    }

    private static JsonNode gunzipped(Response answer) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.asByteArray()))) {
            return JSON.readTree(in);
        }
    }

    @Test
    void theFullRollupGoesGzipCompressedToCityCallersThatAcceptIt() throws IOException {
        IndicatorDefinition indicator = ownIndicator();
        RoundSnapshot round = opened(List.of(AN_HUNG, PHU_LIEN), "2025-12-03T17:00:00", indicator);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), AN_HUNG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(exact(indicator.code(), 7)), 2));
        eventually(() -> indicators(round.roundId()).body("indicators[0].reportedBy", equalTo(1)));
        String admin = TestTokens.cityAdmin();

        Response compressed = fullRollup(round.roundId(), admin, "gzip");
        Response plain = fullRollup(round.roundId(), admin, "identity");
        assertEquals(200, compressed.statusCode());
        assertEquals("gzip", compressed.header("Content-Encoding"));
        assertNull(plain.header("Content-Encoding"));
        assertEquals(JSON.readTree(plain.asByteArray()), gunzipped(compressed));
        assertEquals("Xã An Hưng", gunzipped(compressed).at("/indicators/0/units/0/unitName").asText());
        assertEquals(plain.header("ETag"), compressed.header("ETag"));
        assertEquals("Accept-Encoding", compressed.header("Vary"));
        assertEquals(304, given().auth().oauth2(admin).header("If-None-Match", compressed.header("ETag"))
                .get("/api/v1/aggregation/rounds/" + round.roundId() + "/indicators").statusCode());
        // an officer reads only their own unit's values, never the city's compressed answer
        Response officers = fullRollup(round.roundId(), TestTokens.unitOfficer(AN_HUNG), "gzip");
        assertEquals(200, officers.statusCode());
        assertNull(officers.header("Content-Encoding"));
        assertEquals(List.of(AN_HUNG), officers.jsonPath().getList("indicators[0].units.unitCode"));

        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), PHU_LIEN,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T10:00:00"), List.of(exact(indicator.code(), 30)), 2));
        eventually(() -> {
            try {
                assertEquals(37, gunzipped(fullRollup(round.roundId(), admin, "gzip"))
                        .at("/indicators/0/total/value").asInt());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aUnitRenameAndADeadlineChangeReachTheCachedMatrix() {
        String code = "99" + (100 + (int) (Math.random() * 800));
        Fixtures.send(EventType.UNIT_UPSERTED, code, new vn.nq57.contracts.events.UnitSnapshot(code, "Tân Lập",
                "Xã Tân Lập", UnitType.XA, Fixtures.CITY, List.of(), true, 1));
        RoundSnapshot round = opened(List.of(code, AN_HUNG), "2025-12-03T17:00:00", ownIndicator());
        String admin = TestTokens.cityAdmin();
        eventually(() -> status(round.roundId(), admin).body("units[0].unitName", equalTo("Xã Tân Lập")));
        status(round.roundId(), admin).body("units[1].status", equalTo("NOT_STARTED"));

        Fixtures.send(EventType.UNIT_UPSERTED, code, new vn.nq57.contracts.events.UnitSnapshot(code, "Tân Lập Mới",
                "Xã Tân Lập Mới", UnitType.XA, Fixtures.CITY, List.of(), true, 2));
        eventually(() -> status(round.roundId(), admin).body("units[0].unitName", equalTo("Xã Tân Lập Mới")));

        Fixtures.send(EventType.ROUND_DEADLINE_CHANGED, round.roundId().toString(),
                Fixtures.moved(round, vn("2025-12-03T11:00:00"), 2));
        eventually(() -> status(round.roundId(), admin).body("dueAt", equalTo("2025-12-03T11:00:00+07:00"))
                .body("units[1].status", equalTo("OVERDUE")));
    }

    @Test
    void theMatrixStatusFollowsTheClockWithoutAnyEvent() {
        RoundSnapshot round = opened(List.of(AN_HUNG), "2025-12-03T17:00:00", ownIndicator());
        String admin = TestTokens.cityAdmin();
        status(round.roundId(), admin).body("units[0].status", equalTo("NOT_STARTED"));
        clock.set(vn("2025-12-03T17:00:01"));
        status(round.roundId(), admin).body("units[0].status", equalTo("OVERDUE"))
                .body("asOf", equalTo("2025-12-03T17:00:01+07:00"));
    }

    @Test
    void aChangeToAnEarlierRoundReachesTheLaterRoundsFlags() {
        IndicatorDefinition indicator = ownIndicator();
        RoundSnapshot earlier = opened(List.of(AN_HUNG), "2025-06-03T17:00:00", indicator);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(earlier.roundId(), AN_HUNG, ReportStatus.SUBMITTED,
                1, vn("2025-06-03T09:00:00"), List.of(exact(indicator.code(), 10)), 2));
        RoundSnapshot later = opened(List.of(AN_HUNG), "2025-12-03T17:00:00", indicator);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(later.roundId(), AN_HUNG, ReportStatus.SUBMITTED,
                1, vn("2025-12-03T09:00:00"), List.of(exact(indicator.code(), 1000)), 2));
        String admin = TestTokens.cityAdmin();
        eventually(() -> indicators(later.roundId()).body("indicators[0].flags", hasSize(1))
                .body("indicators[0].flags[0].kind", equalTo("HISTORY")));
        status(later.roundId(), admin).body("units[0].flagCount", equalTo(1));

        // the unit corrects its earlier report: the later round's cached flags must go
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(earlier.roundId(), AN_HUNG,
                ReportStatus.RESUBMITTED, 2, vn("2025-06-03T10:00:00"), List.of(exact(indicator.code(), 900)), 3));
        eventually(() -> indicators(later.roundId()).body("indicators[0].flags", hasSize(0)));
        status(later.roundId(), admin).body("units[0].flagCount", equalTo(0));
    }

    @Test
    void theProvinceNumberGrowsWithEachAppliedEventAndNotWithARedelivery() {
        String province = "98";
        RoundSnapshot sample = Fixtures.round(UUID.randomUUID(), List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(), 1);
        RoundSnapshot round = new RoundSnapshot(sample.roundId(), null, sample.title(), province, sample.request(),
                sample.period(), sample.cutOffDate(), sample.dueAt(), null, 3, sample.requiredUnitCodes(), List.of(), 1);
        Fixtures.send(EventType.ROUND_OPENED, round.roundId().toString(), round);
        eventually(() -> assertTrue(stamps.ofRound(round.roundId()).isPresent()));
        long opened = stamps.ofRound(round.roundId()).orElseThrow().stamp();
        assertEquals(province, stamps.ofRound(round.roundId()).orElseThrow().provinceCode());

        EventEnvelope submitted = Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round.roundId(), PHU_LIEN,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(), 2));
        eventually(() -> assertEquals(opened + 1, stamps.ofRound(round.roundId()).orElseThrow().stamp()));

        // the redelivery goes first on the same partition: once the acceptance is applied, it was passed over
        Fixtures.resend(submitted);
        Fixtures.report(EventType.REPORT_ACCEPTED, Fixtures.report(round.roundId(), PHU_LIEN, ReportStatus.ACCEPTED, 1,
                vn("2025-12-03T09:00:00"), List.of(), 3));
        eventually(() -> assertEquals(ReportStatus.ACCEPTED, reports.states(round.roundId()).get(PHU_LIEN).status()));
        assertEquals(opened + 2, stamps.ofRound(round.roundId()).orElseThrow().stamp());
        assertTrue(stamps.ofRound(UUID.randomUUID()).isEmpty());
    }
}
