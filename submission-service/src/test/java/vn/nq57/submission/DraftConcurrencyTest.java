package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.Topics;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class DraftConcurrencyTest {

    @Inject
    MongoCollections collections;

    private String roundId;

    @BeforeEach
    void openRound() {
        UUID planId = Fixtures.publishCityPlan();
        roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
    }

    @Test
    void staleOrMissingIfMatchChangesNothing() {
        String id = Fixtures.createDraft(roundId, Fixtures.AN_HUNG);
        String officer = TestTokens.unitOfficer(Fixtures.AN_HUNG);
        Map<String, Object> first = Map.of("sections", List.of(Fixtures.section("I.1.1", "Bản thứ nhất")));
        Map<String, Object> second = Map.of("sections", List.of(Fixtures.section("I.1.1", "Bản thứ hai")));

        given().auth().oauth2(officer).contentType(ContentType.JSON).body(first).put("/api/v1/reports/" + id)
                .then().statusCode(428).body("type", equalTo("urn:nq57:problem:precondition-required"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(first).header("If-Match", "\"1\"")
                .put("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(second).header("If-Match", "\"1\"")
                .put("/api/v1/reports/" + id).then().statusCode(412)
                .body("type", equalTo("urn:nq57:problem:precondition-failed"))
                .body("title", equalTo("Dữ liệu đã được người khác thay đổi"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("draft.sections[0].text", equalTo("Bản thứ nhất"));
    }

    /** The platform's Idempotency-Key rules on MongoDB: a blank key is no way around them, a key names one request. */
    @Test
    void aBlankKeyIs400AndAKeyReusedOnAnotherRequestIs422() {
        String id = Fixtures.createDraft(roundId, Fixtures.CAT_HAI);
        String officer = TestTokens.unitOfficer(Fixtures.CAT_HAI);
        given().auth().oauth2(officer).header("Idempotency-Key", "").post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));

        String key = "mobile-" + UUID.randomUUID();
        String etag = given().auth().oauth2(officer).header("Idempotency-Key", key)
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(officer).header("Idempotency-Key", key).post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", equalTo(etag));
        given().auth().oauth2(officer).header("Idempotency-Key", key).post("/api/v1/reports/" + id + "/withdraw")
                .then().statusCode(422).body("type", equalTo("urn:nq57:problem:idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aRetriedSubmitCreatesOneVersionAndAnswersTheSame() {
        String id = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
        String officer = TestTokens.unitOfficer(Fixtures.PHU_LIEN);
        String key = "mobile-" + UUID.randomUUID();
        String firstBody = given().auth().oauth2(officer).header("Idempotency-Key", key)
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().asString();
        String retryBody = given().auth().oauth2(officer).header("Idempotency-Key", key)
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(firstBody, retryBody);
        given().auth().oauth2(officer).header("Idempotency-Key", "another-" + UUID.randomUUID())
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:nq57:problem:invalid-state"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id + "/versions").then().statusCode(200).body("$", hasSize(1));

        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            String subject = roundId + ":" + Fixtures.PHU_LIEN;
            reports.await(r -> r.key().equals(subject) && r.event().type().equals(EventType.REPORT_SUBMITTED.type()),
                    Duration.ofSeconds(30));
            long submitted = reports.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> r.key().equals(subject) && r.event().type().equals(EventType.REPORT_SUBMITTED.type()))
                    .count();
            assertEquals(1, submitted);
        }
    }

    /**
     * A process killed between taking a key and recording its answer leaves the key taken: a retry is
     * told to wait while the lease runs, and after it the retry does the work instead of being refused
     * for as long as the key is kept.
     */
    @Test
    void aKeyLeftByACrashedRequestIsTakenOverAfterItsLease() {
        String id = Fixtures.createDraft(roundId, Fixtures.NGUYEN_LUONG_BANG);
        String officer = TestTokens.unitOfficer(Fixtures.NGUYEN_LUONG_BANG);
        String recent = "crashed-" + UUID.randomUUID();
        String old = "crashed-" + UUID.randomUUID();
        String owner = "officer-" + Fixtures.NGUYEN_LUONG_BANG + "|";
        String request = "POST /api/v1/reports/" + id + "/submit -";
        Date now = new Date();
        Date fiveMinutesAgo = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
        collections.idempotency().insertMany(List.of(
                new Document("_id", owner + recent).append("request", request).append("completed", false)
                        .append("startedAt", now).append("createdAt", now),
                new Document("_id", owner + old).append("request", request).append("completed", false)
                        .append("startedAt", fiveMinutesAgo).append("createdAt", fiveMinutesAgo)));

        given().auth().oauth2(officer).header("Idempotency-Key", recent).post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(409).body("detail", containsString("is in progress"));
        given().auth().oauth2(officer).header("Idempotency-Key", old).post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(officer).header("Idempotency-Key", old).post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
    }

    @Test
    void withdrawalBeforeReviewKeepsTheVersionReadable() {
        String id = Fixtures.createDraft(roundId, Fixtures.CAT_HAI);
        String officer = TestTokens.unitOfficer(Fixtures.CAT_HAI);
        given().auth().oauth2(officer).post("/api/v1/reports/" + id + "/withdraw").then().statusCode(409);
        Fixtures.submit(id, Fixtures.CAT_HAI).statusCode(200);
        given().auth().oauth2(officer).post("/api/v1/reports/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("latestVersion", equalTo(1));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id + "/versions/1").then().statusCode(200)
                .body("withdrawn", equalTo(true)).body("status", equalTo("SUBMITTED"));
        Fixtures.submit(id, Fixtures.CAT_HAI).statusCode(200).body("latestVersion", equalTo(2))
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(Map.of("comment", "Đạt"))
                .post("/api/v1/reports/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(officer).post("/api/v1/reports/" + id + "/withdraw").then().statusCode(409)
                .body("type", equalTo("urn:nq57:problem:invalid-state"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].withdrawn", equalTo(true)).body("[1].withdrawn", equalTo(false));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id + "/audit").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "WITHDRAW", "SUBMIT", "ACCEPT")))
                .body("[2].from", equalTo("SUBMITTED")).body("[2].to", equalTo("DRAFT"));

        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            ReportSnapshot withdrawn = EventCodec.data(reports.await(r -> r.key().equals(roundId + ":" + Fixtures.CAT_HAI)
                    && r.event().type().equals(EventType.REPORT_WITHDRAWN.type()), Duration.ofSeconds(30)).event(),
                    ReportSnapshot.class);
            assertEquals(ReportStatus.DRAFT, withdrawn.status());
            assertEquals(1, withdrawn.version());
            assertEquals(Fixtures.CAT_HAI, withdrawn.unitCode());
            assertEquals("officer-11914", withdrawn.actor());
        }
    }
}
