package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class StatusMatrixTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    static ValidatableResponse status(UUID round, String token) {
        return given().auth().oauth2(token).get("/api/v1/aggregation/rounds/" + round + "/status").then();
    }

    /**
     * Waits for an event's effect. Freshness is the bench's to measure; on a loaded build machine
     * the wait is generous so that the test checks the result, not the speed.
     */
    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion::run);
    }

    @Test
    void matrixStatusesAndRatesFollowTheEventsAndTheDeadlineInForce() {
        UUID id = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, AN_HUNG, THANH_MIEN, PHU_LIEN, THANH_DONG,
                CAT_HAI), vn("2025-12-03T17:00:00"), List.of(), 1);
        clock.set(vn("2025-12-03T12:00:00"));
        Fixtures.unitsAndRound(round);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(), 2));
        Fixtures.report(EventType.REPORT_DRAFT_STARTED, Fixtures.report(id, AN_HUNG, ReportStatus.DRAFT, 0, null,
                List.of(), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(), 2));
        Fixtures.report(EventType.REPORT_RETURNED, Fixtures.report(id, PHU_LIEN, ReportStatus.RETURNED, 1,
                vn("2025-12-03T10:00:00"), List.of(), 3));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.RESUBMITTED, 2,
                vn("2025-12-03T11:30:00"), List.of(), 4));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, THANH_DONG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-02T15:00:00"), List.of(), 2));
        Fixtures.report(EventType.REPORT_ACCEPTED, Fixtures.report(id, THANH_DONG, ReportStatus.ACCEPTED, 1,
                vn("2025-12-02T15:00:00"), List.of(), 3));

        eventually(() -> status(id, TestTokens.cityStaff()).statusCode(200)
                .body("units[4].status", equalTo("ACCEPTED")));
        status(id, TestTokens.cityStaff()).statusCode(200)
                .body("units", hasSize(6))
                .body("units[0].unitCode", equalTo(NGUYEN_LUONG_BANG))
                .body("units[0].unitName", equalTo("Xã Nguyễn Lương Bằng"))
                .body("units[0].unitType", equalTo("XA"))
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                .body("units[0].submittedAt", equalTo("2025-12-03T09:00:00+07:00"))
                .body("units[1].status", equalTo("DRAFT"))
                .body("units[2].status", equalTo("NOT_STARTED"))
                .body("units[3].status", equalTo("RESUBMITTED"))
                .body("units[3].version", equalTo(2))
                .body("units[3].firstSubmittedAt", equalTo("2025-12-03T10:00:00+07:00"))
                .body("units[3].submittedAt", equalTo("2025-12-03T11:30:00+07:00"))
                .body("units[4].status", equalTo("ACCEPTED"))
                .body("units[5].status", equalTo("NOT_STARTED"))
                .body("overall.required", equalTo(6))
                .body("overall.submitted", equalTo(3))
                .body("overall.completeness", equalTo(50.00f))
                .body("overall.timeliness", equalTo(50.00f))
                .body("byUnitType.XA.completeness", equalTo(33.33f))
                .body("byUnitType.PHUONG.completeness", equalTo(100.0f))
                .body("byUnitType.DAC_KHU.completeness", equalTo(0.0f));

        // Past the deadline: a late submission, and the silent units become overdue.
        clock.set(vn("2025-12-04T08:00:00"));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.late(Fixtures.report(id, THANH_MIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-04T07:00:00"), List.of(), 2)));
        eventually(() -> status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units[2].status", equalTo("SUBMITTED_LATE")));
        status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units[1].status", equalTo("OVERDUE"))
                .body("units[2].status", equalTo("SUBMITTED_LATE"))
                .body("units[2].late", equalTo(true))
                .body("units[5].status", equalTo("OVERDUE"))
                .body("overall.submitted", equalTo(4))
                .body("overall.late", equalTo(1))
                .body("overall.overdue", equalTo(2))
                .body("overall.completeness", equalTo(66.67f))
                .body("overall.timeliness", equalTo(50.00f))
                .body("byUnitType.XA.completeness", equalTo(66.67f))
                .body("byUnitType.XA.timeliness", equalTo(33.33f))
                .body("byUnitType.PHUONG.timeliness", equalTo(100.0f))
                .body("byUnitType.DAC_KHU.overdue", equalTo(1));

        // The city extends the deadline: units that have not submitted are no longer overdue, but a
        // submission stays as late as submission-service judged it when it was made.
        Fixtures.send(EventType.ROUND_DEADLINE_CHANGED, id.toString(),
                Fixtures.moved(round, vn("2025-12-05T17:00:00"), 2));
        eventually(() -> status(id, TestTokens.integration()).statusCode(200)
                .body("dueAt", equalTo("2025-12-05T17:00:00+07:00")));
        status(id, TestTokens.integration()).statusCode(200)
                .body("units[1].status", equalTo("DRAFT"))
                .body("units[2].status", equalTo("SUBMITTED_LATE"))
                .body("units[5].status", equalTo("NOT_STARTED"))
                .body("overall.overdue", equalTo(0))
                .body("overall.timeliness", equalTo(50.00f))
                .body("byUnitType.XA.timeliness", equalTo(33.33f));

        // A stale round event (older revision) does not move the deadline back.
        Fixtures.send(EventType.ROUND_OPENED, id.toString(), round);
        Fixtures.report(EventType.REPORT_DRAFT_STARTED, Fixtures.report(id, CAT_HAI, ReportStatus.DRAFT, 0, null,
                List.of(), 1));
        eventually(() -> status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units[5].status", equalTo("DRAFT"))
                .body("dueAt", equalTo("2025-12-05T17:00:00+07:00")));
    }

    /** A city or integration token whose realm mapper gave it no province_code. */
    static String withoutProvince(String role) {
        return TestTokens.token("no-province-" + role, Set.of(role), Map.of());
    }

    @Test
    void cityAndIntegrationTokensWithoutProvinceSeeNothing() {
        UUID id = UUID.randomUUID();
        clock.set(vn("2025-12-03T12:00:00"));
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(), 1));
        eventually(() -> status(id, TestTokens.integration()).statusCode(200).body("units", hasSize(1)));
        String base = "/api/v1/aggregation/rounds/" + id;
        for (String role : List.of(Roles.INTEGRATION, Roles.CITY_STAFF, Roles.CITY_ADMIN)) {
            String token = withoutProvince(role);
            for (String path : List.of(base + "/status", base + "/indicators", base + "/difficulties",
                    base + "/export.csv", base + "/export.xlsx", "/api/v1/aggregation/rounds",
                    "/api/v1/aggregation/trends/WARM_UP?province=31")) {
                given().auth().oauth2(token).get(path).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:nq57:problem:forbidden"));
            }
        }
    }

    @Test
    void aUnitOfficerSeesOnlyTheirOwnRowAndOutsidersNothing() {
        UUID id = UUID.randomUUID();
        clock.set(vn("2025-12-03T12:00:00"));
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(PHU_LIEN, CAT_HAI), vn("2025-12-03T17:00:00"), List.of(), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:15:00"), List.of(), 1));
        eventually(() -> status(id, TestTokens.unitOfficer(PHU_LIEN)).statusCode(200)
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME")));
        status(id, TestTokens.unitOfficer(PHU_LIEN)).statusCode(200)
                .body("units", hasSize(1))
                .body("units[0].unitCode", equalTo(PHU_LIEN))
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                .body("overall", nullValue())
                .body("byUnitType", nullValue());

        status(id, TestTokens.unitOfficer(NGUYEN_LUONG_BANG)).statusCode(403)
                .body("type", equalTo("urn:nq57:problem:forbidden"));
        status(id, TestTokens.otherCityAdmin()).statusCode(403);
        status(id, TestTokens.noRole()).statusCode(403);
        given().get("/api/v1/aggregation/rounds/" + id + "/status").then().statusCode(401);
        status(UUID.randomUUID(), TestTokens.cityAdmin()).statusCode(404)
                .body("type", equalTo("urn:nq57:problem:not-found"));
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/aggregation/rounds/not-a-round/status").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(CAT_HAI)).get("/api/v1/aggregation/rounds").then()
                .statusCode(200).body("items.roundId", org.hamcrest.Matchers.hasItem(id.toString()));
    }
}
