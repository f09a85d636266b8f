package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class RegimeTest {

    @Inject
    TestClock clock;

    private String regimeId;

    @AfterEach
    void stop() {
        if (regimeId != null) {
            given().auth().oauth2(TestTokens.cityAdmin()).post("/api/v1/regimes/" + regimeId + "/deactivate")
                    .then().statusCode(200).body("active", equalTo(false));
        }
        clock.reset();
    }

    @Test
    void aMonthlyRegimeOpensItsRoundWhenTheCutOffDateComes() {
        UUID planId = Fixtures.publishCityPlan();
        clock.set(OffsetDateTime.parse("2026-03-10T10:00:00+07:00").toInstant());
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId.toString());
        body.put("title", "Báo cáo tháng tuyên truyền Nghị quyết 57-NQ/TW");
        body.put("request", Map.of("numberSymbol", "4383/SKHCN-TTTT", "issuedOn", "2025-12-02"));
        body.put("frequency", "MONTH");
        body.put("deadlineWorkingDays", 2);
        body.put("unitCodes", Fixtures.UNITS);

        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/regimes").then().statusCode(403);
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("frequency", "WEEK");
        bad.put("deadlineWorkingDays", 0);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/regimes").then().statusCode(400)
                .body("errors.field", equalTo(List.of("deadlineWorkingDays", "frequency")));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                regimeId = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/regimes").then().statusCode(201)
                        .body("startsOn", equalTo("2026-03-10")).body("dueTime", equalTo("17:00:00"))
                        .extract().jsonPath().getString("regimeId"));

        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?regimeId=" + regimeId)
                .then().statusCode(200).body("total", equalTo(0));

        clock.set(OffsetDateTime.parse("2026-03-14T08:00:00+07:00").toInstant());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?regimeId=" + regimeId)
                        .then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?regimeId=" + regimeId)
                .then().statusCode(200)
                .body("items[0].period.kind", equalTo("MONTH"))
                .body("items[0].period.number", equalTo(3))
                .body("items[0].period.from", equalTo("2026-02-15"))
                .body("items[0].period.to", equalTo("2026-03-14"))
                .body("items[0].cutOffDate", equalTo("2026-03-14"))
                .body("items[0].dueAt", equalTo("2026-03-17T17:00:00+07:00"))
                .body("items[0].title", equalTo("Báo cáo tháng tuyên truyền Nghị quyết 57-NQ/TW (tháng 3/2026)"));

        clock.set(OffsetDateTime.parse("2026-06-15T08:00:00+07:00").toInstant());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?regimeId=" + regimeId)
                        .then().statusCode(200).body("total", equalTo(2)));
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?regimeId=" + regimeId)
                .then().statusCode(200)
                .body("items.cutOffDate", org.hamcrest.Matchers.hasItems("2026-03-14", "2026-06-14"))
                .body("items.find { it.cutOffDate == '2026-06-14' }.dueAt", equalTo("2026-06-16T17:00:00+07:00"));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            List<EventReader.Received> opened = rounds.awaitCount(r -> r.event().type().equals(EventType.ROUND_OPENED.type())
                    && EventCodec.data(r.event(), RoundSnapshot.class).planId().equals(planId), 2, Duration.ofSeconds(30));
            RoundSnapshot march = opened.stream().map(r -> EventCodec.data(r.event(), RoundSnapshot.class))
                    .filter(r -> r.cutOffDate().equals(LocalDate.of(2026, 3, 14))).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 2, 15), march.period().from());
            assertEquals(OffsetDateTime.parse("2026-03-17T17:00:00+07:00").toInstant(), march.dueAt().toInstant());
            assertEquals(Fixtures.UNITS, march.requiredUnitCodes());
            assertEquals("31", march.issuerUnitCode());
        }
    }
}
