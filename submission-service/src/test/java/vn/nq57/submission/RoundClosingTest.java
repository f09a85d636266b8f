package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * Closing a round (chốt số liệu): units' writes refused, reviews as a city expects, reopening for one
 * unit with its own deadline, the refusals, and the round.closed / round.reopened events.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class RoundClosingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ROUND_CLOSED = "urn:nq57:problem:round-closed";
    private static final String CLOSED_TITLE = "Đợt báo cáo đã chốt số liệu";

    @Inject
    TestClock clock;

    @Inject
    MongoCollections collections;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * This replica has read the round (and remembers it) when another replica closes it: the next write
     * here sees the close, because the close raised the round's revision in the store.
     */
    @Test
    void aCloseWrittenByAnotherReplicaIsSeenAtTheNextWrite() {
        UUID planId = Fixtures.publishCityPlan();
        String roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String reportId = Fixtures.createDraft(roundId, Fixtures.AN_HUNG);

        collections.rounds().updateOne(Filters.eq("_id", roundId), Updates.combine(
                Updates.set("closedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).toString()),
                Updates.set("closedBy", "city-admin-on-another-replica"), Updates.inc("revision", 1)));

        Fixtures.submit(reportId, Fixtures.AN_HUNG).statusCode(409).body("type", equalTo(ROUND_CLOSED));
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.CAT_HAI)).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.CAT_HAI, "content", Fixtures.completeContent()))
                .post("/api/v1/reports").then().statusCode(409).body("type", equalTo(ROUND_CLOSED));
    }

    @Test
    void closeRefuseUnitWritesReopenForOneUnit() {
        UUID planId = Fixtures.publishCityPlan();
        clock.set(at("2025-12-02T10:00:00"));
        String roundId = Fixtures.openRound(planId, OffsetDateTime.parse("2025-12-03T17:00:00+07:00"));
        String phuLien = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
        Fixtures.submit(phuLien, Fixtures.PHU_LIEN).statusCode(200);
        String nlb = Fixtures.createDraft(roundId, Fixtures.NGUYEN_LUONG_BANG);
        Fixtures.submit(nlb, Fixtures.NGUYEN_LUONG_BANG).statusCode(200);
        String anHung = Fixtures.createDraft(roundId, Fixtures.AN_HUNG);
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds/" + roundId).then().statusCode(200)
                .body("closedAt", nullValue()).body("reopenings", hasSize(0));

        reopen(TestTokens.cityAdmin(), roundId, Fixtures.CAT_HAI, "Mất điện", "2025-12-08T17:00:00+07:00")
                .statusCode(409).body("type", equalTo("urn:nq57:problem:invalid-state"));

        clock.set(at("2025-12-04T09:00:00"));
        for (String token : List.of(TestTokens.unitOfficer(Fixtures.PHU_LIEN), TestTokens.cityStaff(),
                TestTokens.otherCityAdmin())) {
            close(token, roundId, null, null).statusCode(403);
        }
        close(TestTokens.cityAdmin(), roundId, "\"99\"", null).statusCode(412);
        String key = UUID.randomUUID().toString();
        String closedAt = close(TestTokens.cityAdmin(), roundId, "\"1\"", key).statusCode(200)
                .header("ETag", "\"2\"")
                .body("closedAt", equalTo("2025-12-04T09:00:00+07:00"))
                .body("closedBy", notNullValue())
                .body("closeNote", equalTo("Chốt số liệu để tổng hợp"))
                .body("reopenings", hasSize(0))
                .extract().jsonPath().getString("closedAt");
        close(TestTokens.cityAdmin(), roundId, null, key).statusCode(200).body("closedAt", equalTo(closedAt));
        close(TestTokens.cityAdmin(), roundId, null, null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ROUND_CLOSED)).body("title", equalTo(CLOSED_TITLE));

        String catHaiToken = TestTokens.unitOfficer(Fixtures.CAT_HAI);
        refusedAsClosed(given().auth().oauth2(catHaiToken).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.CAT_HAI, "content", Fixtures.completeContent()))
                .post("/api/v1/reports").then());
        refusedAsClosed(given().auth().oauth2(TestTokens.unitOfficer(Fixtures.AN_HUNG)).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(Fixtures.completeContent()).put("/api/v1/reports/" + anHung).then());
        refusedAsClosed(Fixtures.submit(anHung, Fixtures.AN_HUNG));
        refusedAsClosed(given().auth().oauth2(TestTokens.unitOfficer(Fixtures.AN_HUNG)).contentType("application/pdf")
                .body("%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .queryParam("fileName", "bao-cao.pdf").post("/api/v1/reports/" + anHung + "/attachments").then());
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.AN_HUNG)).get("/api/v1/reports/" + anHung).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DRAFT"));
        refusedAsClosed(given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN))
                .post("/api/v1/reports/" + phuLien + "/withdraw").then());
        refusedAsClosed(given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON)
                .body(Map.of("comment", "Bổ sung số liệu")).post("/api/v1/reports/" + phuLien + "/return").then())
                .body("detail", containsString("reopen the round for unit " + Fixtures.PHU_LIEN));
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(Map.of("comment", "Đạt"))
                .post("/api/v1/reports/" + nlb + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        reopen(TestTokens.unitOfficer(Fixtures.CAT_HAI), roundId, Fixtures.CAT_HAI, "Mất điện",
                "2025-12-06T17:00:00+07:00").statusCode(403);
        reopen(TestTokens.otherCityAdmin(), roundId, Fixtures.CAT_HAI, "Mất điện", "2025-12-06T17:00:00+07:00")
                .statusCode(403);
        reopen(TestTokens.cityAdmin(), roundId, Fixtures.HA_NOI_UNIT, "Mất điện", "2025-12-04T08:00:00+07:00")
                .statusCode(400).body("errors.field", equalTo(List.of("unitCode", "dueAt")));
        reopen(TestTokens.cityAdmin(), roundId, Fixtures.CAT_HAI, null, "2025-12-06T17:00:00+07:00")
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        reopen(TestTokens.cityAdmin(), roundId, Fixtures.CAT_HAI, "Mất\u0000điện", "2025-12-06T17:00:00+07:00")
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/rounds/" + roundId).then().statusCode(200)
                .header("ETag", "\"2\"").body("reopenings", hasSize(0));

        reopen(TestTokens.cityAdmin(), roundId, Fixtures.CAT_HAI, "Đặc khu mất điện do bão",
                "2025-12-06T17:00:00+07:00").statusCode(200)
                .body("reopenings[0].unitCode", equalTo(Fixtures.CAT_HAI))
                .body("reopenings[0].reason", equalTo("Đặc khu mất điện do bão"))
                .body("reopenings[0].dueAt", equalTo("2025-12-06T17:00:00+07:00"))
                .body("reopenings[0].at", equalTo("2025-12-04T09:00:00+07:00"))
                .body("reopenings[0].by", notNullValue());
        given().auth().oauth2(catHaiToken).get("/api/v1/rounds/" + roundId).then().statusCode(200)
                .body("closedAt", equalTo(closedAt)).body("reopenings[0].unitCode", equalTo(Fixtures.CAT_HAI));

        clock.set(at("2025-12-05T10:00:00"));
        String catHai = Fixtures.createDraft(roundId, Fixtures.CAT_HAI);
        Fixtures.submit(catHai, Fixtures.CAT_HAI).statusCode(200).body("late", equalTo(false));
        refusedAsClosed(Fixtures.submit(anHung, Fixtures.AN_HUNG));

        reopen(TestTokens.cityAdmin(), roundId, Fixtures.AN_HUNG, "Cán bộ nghỉ ốm", "2025-12-05T12:00:00+07:00")
                .statusCode(200).body("reopenings", hasSize(2));
        clock.set(at("2025-12-05T15:00:00"));
        Fixtures.submit(anHung, Fixtures.AN_HUNG).statusCode(200).body("late", equalTo(true));
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(Map.of("comment", "Bổ sung"))
                .post("/api/v1/reports/" + catHai + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            var events = rounds.awaitCount(r -> r.event().subject().equals(roundId), 4, WAIT);
            assertEquals(List.of(EventType.ROUND_OPENED.type(), EventType.ROUND_CLOSED.type(),
                    EventType.ROUND_REOPENED.type(), EventType.ROUND_REOPENED.type()),
                    events.stream().map(r -> r.event().type()).toList());
            RoundSnapshot closed = EventCodec.data(events.get(1).event(), RoundSnapshot.class);
            assertEquals(at("2025-12-04T09:00:00"), closed.closedAt().toInstant());
            assertNotNull(closed.closedBy());
            RoundSnapshot reopened = EventCodec.data(events.get(3).event(), RoundSnapshot.class);
            assertEquals(Fixtures.AN_HUNG, reopened.latestReopening().orElseThrow().unitCode());
            assertEquals("Cán bộ nghỉ ốm", reopened.latestReopening().orElseThrow().reason());
            assertEquals(2, reopened.reopenings().size());
        }
        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            EventReader.Received submitted = reports.await(r -> (roundId + ":" + Fixtures.CAT_HAI).equals(r.key())
                    && r.event().type().equals(EventType.REPORT_SUBMITTED.type()), WAIT);
            ReportSnapshot report = EventCodec.data(submitted.event(), ReportSnapshot.class);
            assertEquals(OffsetDateTime.parse("2025-12-06T17:00:00+07:00").toInstant(), report.dueAt().toInstant());
        }
    }

    private static java.time.Instant at(String vietnamLocal) {
        return OffsetDateTime.parse(vietnamLocal + "+07:00").toInstant();
    }

    private static ValidatableResponse close(String token, String roundId, String ifMatch, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("note", "Chốt số liệu để tổng hợp"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/rounds/" + roundId + "/close").then();
    }

    private static ValidatableResponse reopen(String token, String roundId, String unitCode, String reason,
            String dueAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unitCode);
        body.put("reason", reason);
        body.put("dueAt", dueAt);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds/" + roundId + "/reopenings").then();
    }

    private static ValidatableResponse refusedAsClosed(ValidatableResponse response) {
        return response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(ROUND_CLOSED)).body("title", equalTo(CLOSED_TITLE))
                .body("detail", containsString("Chốt số liệu để tổng hợp"));
    }
}
