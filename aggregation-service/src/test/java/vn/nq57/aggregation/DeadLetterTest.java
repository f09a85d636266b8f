package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.CAT_HAI;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.THANH_DONG;
import static vn.nq57.aggregation.Fixtures.THANH_MIEN;
import static vn.nq57.aggregation.Fixtures.vn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** A record the read models cannot take is parked on {@code <topic>.dlq}; the channel goes on. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class DeadLetterTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    /** A report whose difficulty holds NUL: stored upstream, refused by PostgreSQL's jsonb here. */
    static EventEnvelope poisonReport(UUID round, String unit, long revision) {
        return Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(round, unit, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(), List.of(new ReportNote("Thiếu \u0000 kinh phí", "FUNDING")),
                List.of(), revision));
    }

    @Test
    void aReportPostgresRefusesIsParkedAndTheNextReportOnItsPartitionIsApplied() {
        clock.set(vn("2025-12-03T12:00:00"));
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(), 1));
        EventEnvelope poison = poisonReport(id, PHU_LIEN, 1);
        // Same key (round:unit), so the same partition, right behind the poison record.
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:30:00"), List.of(), List.of(new ReportNote("Thiếu kinh phí", "FUNDING")),
                List.of(), 2));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                        .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                        .body("units[0].submittedAt", equalTo("2025-12-03T09:30:00+07:00")));

        DeadLetters.Parked parked = DeadLetters.await(Topics.REPORTS, poison.id(), PATIENCE);
        assertParked(parked, Topics.REPORTS);
        ready();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("nq57_dead_lettered_total{service=\"aggregation-service\",topic=\""
                        + Topics.REPORTS + "\"}"));
    }

    /** Report records come a poll at a time and are applied together: a poison one is parked alone. */
    @Test
    void aPoisonReportAmongOthersOfTheSamePollIsParkedAloneAndTheOthersAreApplied() {
        clock.set(vn("2025-12-03T12:00:00"));
        UUID id = UUID.randomUUID();
        List<String> others = List.of(NGUYEN_LUONG_BANG, AN_HUNG, THANH_MIEN, THANH_DONG, CAT_HAI);
        List<String> required = new ArrayList<>(others);
        required.add(PHU_LIEN);
        Fixtures.unitsAndRound(Fixtures.round(id, required, vn("2025-12-03T17:00:00"), List.of(), 1));
        EventEnvelope poison = poisonReport(id, PHU_LIEN, 1);
        others.forEach(unit -> Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, unit,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:30:00"), List.of(), 1)));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                        .body("units.findAll { it.status == 'SUBMITTED_ON_TIME' }.unitCode",
                                containsInAnyOrder(others.toArray())));
        assertParked(DeadLetters.await(Topics.REPORTS, poison.id(), PATIENCE), Topics.REPORTS);
        StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units.find { it.unitCode == '" + PHU_LIEN + "' }.status", equalTo("NOT_STARTED"));
        ready();
    }

    @Test
    void aRoundDueBeyondPostgresRangeIsParkedAndTheCorrectedRoundIsApplied() {
        UUID id = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(id, List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(), 1);
        OffsetDateTime farFuture = OffsetDateTime.of(300_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        EventEnvelope poison = Fixtures.send(EventType.ROUND_OPENED, id.toString(), Fixtures.moved(round, farFuture, 1));
        Fixtures.send(EventType.ROUND_DEADLINE_CHANGED, id.toString(), Fixtures.moved(round, vn("2025-12-05T17:00:00"), 2));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                        .body("dueAt", equalTo("2025-12-05T17:00:00+07:00")));
        assertParked(DeadLetters.await(Topics.ROUNDS, poison.id(), PATIENCE), Topics.ROUNDS);
        ready();
    }

    @Test
    void anOverlongUnitNameIsStoredNotRefused() {
        String code = "9" + (System.nanoTime() % 10_000);
        String name = "Xã " + "Nguyễn Lương Bằng ".repeat(25);
        Fixtures.send(EventType.UNIT_UPSERTED, code, Fixtures.testUnit(code, name));
        UUID id = UUID.randomUUID();
        Fixtures.send(EventType.ROUND_OPENED, id.toString(),
                Fixtures.round(id, List.of(code), vn("2099-12-03T17:00:00"), List.of(), 1));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                        .body("units[0].unitName", equalTo(name)));
    }

    static void assertParked(DeadLetters.Parked parked, String topic) {
        assertEquals(topic, parked.headers().get("dead-letter-topic"));
        assertNotNull(parked.headers().get("dead-letter-reason"));
        assertNotNull(parked.headers().get("dead-letter-partition"));
        assertNotNull(parked.headers().get("dead-letter-offset"));
        assertTrue(parked.headers().containsKey("dead-letter-cause"), parked.headers().toString());
        assertEquals(EventEnvelope.CONTENT_TYPE, parked.headers().get("content-type"), "original header kept");
    }

    static void ready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
