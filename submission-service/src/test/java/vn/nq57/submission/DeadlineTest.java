package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class DeadlineTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2025-12-03T17:00:00+07:00");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void lateSubmissionAndAnExtensionThatChangesLatenessFromThenOn() {
        UUID planId = Fixtures.publishCityPlan();
        clock.set(OffsetDateTime.parse("2025-12-02T10:00:00+07:00").toInstant());
        String roundId = Fixtures.openRound(planId, DUE);

        String catHai = Fixtures.createDraft(roundId, Fixtures.CAT_HAI);
        String nlb = Fixtures.createDraft(roundId, Fixtures.NGUYEN_LUONG_BANG);
        String phuLien = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);

        clock.set(OffsetDateTime.parse("2025-12-03T16:59:00+07:00").toInstant());
        Fixtures.submit(phuLien, Fixtures.PHU_LIEN).statusCode(200).body("late", equalTo(false));

        clock.set(OffsetDateTime.parse("2025-12-03T18:30:00+07:00").toInstant());
        Fixtures.submit(catHai, Fixtures.CAT_HAI).statusCode(200).body("late", equalTo(true));

        String etag = given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/rounds/" + roundId)
                .then().statusCode(200).extract().header("ETag");
        Map<String, String> extension = Map.of("dueAt", "2025-12-05T17:00:00+07:00", "reason", "Gia hạn theo đề nghị của các xã");
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(extension)
                .put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(428);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(extension).header("If-Match", "\"99\"")
                .put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(412)
                .body("type", equalTo("urn:nq57:problem:precondition-failed"));
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(extension).header("If-Match", etag)
                .put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(403);
        given().auth().oauth2(TestTokens.otherCityAdmin()).contentType(ContentType.JSON).body(extension).header("If-Match", etag)
                .put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(extension).header("If-Match", etag)
                .put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("dueAt", equalTo("2025-12-05T17:00:00+07:00"))
                .body("previousDueAt", equalTo("2025-12-03T17:00:00+07:00"))
                .body("deadlineChanges", hasSize(1))
                .body("deadlineChanges[0].reason", equalTo("Gia hạn theo đề nghị của các xã"));

        clock.set(OffsetDateTime.parse("2025-12-04T09:00:00+07:00").toInstant());
        Fixtures.submit(nlb, Fixtures.NGUYEN_LUONG_BANG).statusCode(200).body("late", equalTo(false));

        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/reports/" + catHai + "/versions/1")
                .then().statusCode(200).body("late", equalTo(true)).body("dueAt", equalTo("2025-12-03T17:00:00+07:00"));
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/reports/" + nlb + "/versions/1")
                .then().statusCode(200).body("late", equalTo(false)).body("dueAt", equalTo("2025-12-05T17:00:00+07:00"));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            EventReader.Received changed = rounds.await(r -> r.event().subject().equals(roundId)
                    && r.event().type().equals(EventType.ROUND_DEADLINE_CHANGED.type()), Duration.ofSeconds(30));
            RoundSnapshot round = EventCodec.data(changed.event(), RoundSnapshot.class);
            assertEquals(OffsetDateTime.parse("2025-12-05T17:00:00+07:00").toInstant(), round.dueAt().toInstant());
            assertEquals(DUE.toInstant(), round.previousDueAt().toInstant());
            assertEquals(2, round.revision());
            assertEquals(UUID.fromString(roundId), round.roundId());
        }
        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            ReportSnapshot late = EventCodec.data(reports.await(r -> r.key().equals(roundId + ":" + Fixtures.CAT_HAI)
                    && r.event().type().equals(EventType.REPORT_SUBMITTED.type()), Duration.ofSeconds(30)).event(),
                    ReportSnapshot.class);
            assertTrue(late.late());
            assertEquals(DUE.toInstant(), late.dueAt().toInstant());
            assertEquals(OffsetDateTime.parse("2025-12-03T18:30:00+07:00").toInstant(), late.submittedAt().toInstant());
            ReportSnapshot onTime = EventCodec.data(reports.await(r -> r.key().equals(roundId + ":" + Fixtures.NGUYEN_LUONG_BANG)
                    && r.event().type().equals(EventType.REPORT_SUBMITTED.type()), Duration.ofSeconds(30)).event(),
                    ReportSnapshot.class);
            assertFalse(onTime.late());
            assertEquals(OffsetDateTime.parse("2025-12-05T17:00:00+07:00").toInstant(), onTime.dueAt().toInstant());
        }
    }
}
