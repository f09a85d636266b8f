package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** What the outbox means for a change being accepted: its event leaves at once, and it must fit the budget. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class OutboxAcceptanceTest {

    @ConfigProperty(name = "nq57.outbox.fallback-interval")
    Duration fallback;

    @Test
    void aCommittedSubmissionWakesTheRelayInsteadOfWaitingForTheTimer() {
        assertTrue(fallback.compareTo(Duration.ofSeconds(30)) >= 0, "the test profile's timer must be slow: " + fallback);
        UUID planId = Fixtures.publishCityPlan();
        String roundId = Fixtures.openRound(planId, OffsetDateTime.now().plusDays(7));
        String reportId = Fixtures.createDraft(roundId, Fixtures.AN_HUNG);
        try (EventReader reader = new EventReader(Topics.REPORTS)) {
            reader.await(r -> r.event().subject().equals(roundId + ":" + Fixtures.AN_HUNG), fallback);
            long start = System.nanoTime();
            Fixtures.submit(reportId, Fixtures.AN_HUNG).statusCode(200);
            reader.await(r -> r.event().type().equals(EventType.REPORT_SUBMITTED.type())
                    && r.event().subject().equals(roundId + ":" + Fixtures.AN_HUNG), fallback);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(elapsed.compareTo(fallback) < 0, "arrived after " + elapsed);
        }
    }

    @Test
    void aReportLargerThanTheEventBudgetIsRefusedAndNothingChanges() {
        UUID planId = Fixtures.publishCityPlan();
        String roundId = Fixtures.openRound(planId, OffsetDateTime.now().plusDays(7));
        Map<String, Object> huge = Fixtures.completeContent();
        // every field within its own bound (50 notes of 4,000 characters per list), the whole over the budget
        huge.put("difficulties", notes(50, 4_000));
        huge.put("causes", notes(50, 4_000));
        List<Map<String, String>> recommendations = new ArrayList<>();
        notes(50, 4_000).forEach(n -> recommendations.add(Map.of("text", n.get("text"), "addressee", "UBND thành phố")));
        huge.put("recommendations", recommendations);
        String officer = TestTokens.unitOfficer(Fixtures.CAT_HAI);

        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.CAT_HAI, "content", huge)).post("/api/v1/reports")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("larger than the 256 KiB an event may carry"));
        given().auth().oauth2(officer).get("/api/v1/reports?roundId=" + roundId).then().statusCode(200)
                .body("total", equalTo(0));

        String reportId = Fixtures.createDraft(roundId, Fixtures.CAT_HAI);
        Response before = given().auth().oauth2(officer).get("/api/v1/reports/" + reportId);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", before.header("ETag")).body(huge)
                .put("/api/v1/reports/" + reportId)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("256 KiB"));
        Response after = given().auth().oauth2(officer).get("/api/v1/reports/" + reportId);
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.jsonPath().getList("draft.difficulties"), after.jsonPath().getList("draft.difficulties"));
    }

    /** Vietnamese notes of ordinary shape: 50 × 4,000 characters are about 250 KB. */
    private static List<Map<String, String>> notes(int count, int length) {
        String sentence = "Người cao tuổi và hộ kinh doanh nhỏ ở các thôn ven biển còn ít sử dụng nền tảng số. ";
        List<Map<String, String>> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(Map.of("text", (i + ". " + sentence.repeat(length / sentence.length() + 1)).substring(0, length),
                    "theme", "OUTREACH"));
        }
        return notes;
    }
}
