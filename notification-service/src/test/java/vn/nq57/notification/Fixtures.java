package vn.nq57.notification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.EventWriter;
import vn.nq57.testinfra.TestTokens;

/** Builds and publishes input events exactly as plan-service and submission-service do. */
final class Fixtures {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger(90000 + (int) (System.nanoTime() % 500) * 10);
    private static EventWriter writer;

    private Fixtures() {
    }

    static synchronized EventWriter writer() {
        if (writer == null) {
            writer = new EventWriter();
        }
        return writer;
    }

    static OffsetDateTime local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toOffsetDateTime();
    }

    /** A fresh 5-digit unit code of Hải Phòng, so tests never share mailboxes. */
    static String newUnitCode() {
        return String.valueOf(NEXT_UNIT.incrementAndGet());
    }

    static EventEnvelope unit(String code, String name, OffsetDateTime at) {
        UnitSnapshot unit = new UnitSnapshot(code, name, name + ", thành phố Hải Phòng", UnitType.PHUONG, "31",
                List.of("Phòng Văn hóa - Xã hội"), true, 1);
        EventEnvelope event = EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, code, unit, at);
        writer().send(event);
        return event;
    }

    static RoundSnapshot round(UUID roundId, String title, OffsetDateTime dueAt, OffsetDateTime previousDueAt,
            List<String> units, long revision) {
        return new RoundSnapshot(roundId, UUID.randomUUID(), title, "31",
                new DocumentRef("4383/SKHCN-TTTT", LocalDate.of(2025, 12, 2), "Sở Khoa học và Công nghệ"),
                null, dueAt.toLocalDate().minusDays(1), dueAt, previousDueAt, 3, units, List.of(), revision);
    }

    static EventEnvelope publishRound(EventType type, RoundSnapshot round, OffsetDateTime at) {
        EventEnvelope event = EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, round.roundId().toString(), round, at);
        writer().send(event);
        return event;
    }

    static EventEnvelope publishReport(EventType type, UUID roundId, String unitCode, ReportStatus status,
            String comment, Map<String, String> sectionComments, OffsetDateTime resubmitBy, long revision,
            OffsetDateTime at) {
        ReportSnapshot report = new ReportSnapshot(UUID.nameUUIDFromBytes((roundId + unitCode).getBytes()), roundId,
                unitCode, status, 1, at, false, at, "12/BC-UBND", List.of(), List.of(), List.of(), List.of(),
                "officer-" + unitCode, comment, sectionComments, resubmitBy, revision);
        EventEnvelope event = EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, report.key(), report, at);
        writer().send(event);
        return event;
    }

    /** Registers an officer of a unit (email and inbox), once the unit's event has arrived. */
    static String officer(String unitCode, String email, String userId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("scope", "UNIT", "unitCode", unitCode,
                "name", "Cán bộ Văn hóa - Xã hội", "email", email,
                "channels", userId == null ? List.of("EMAIL") : List.of("EMAIL", "INBOX")));
        if (userId != null) {
            body.put("userId", userId);
            signIn(TestTokens.unitOfficer(unitCode));
        }
        String[] id = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).untilAsserted(() ->
                id[0] = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/contacts")
                        .then().statusCode(201).extract().path("id"));
        return id[0];
    }

    /** The user opens their inbox once, as after signing in: from then on a contact may name them. */
    static void signIn(String token) {
        given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count").then().statusCode(200);
    }
}
