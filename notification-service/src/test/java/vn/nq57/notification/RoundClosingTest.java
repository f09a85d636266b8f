package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.nq57.notification.Expect.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.testinfra.MailReader;
import vn.nq57.testinfra.MailReader.Mail;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** round.closed stops every reminder of the round; round.reopened tells the one unit and chases it to its own deadline. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class RoundClosingTest {

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Test
    void closingCancelsRemindersAndReopeningNotifiesAndChasesOnlyThatUnit() {
        OffsetDateTime opened = Fixtures.local(2026, 7, 1, 9, 0);
        clock.set(opened.toInstant());
        String reopenedUnit = Fixtures.newUnitCode();
        String otherUnit = Fixtures.newUnitCode();
        String reopenedEmail = "vhxh." + reopenedUnit + "@haiphong.test";
        String otherEmail = "vhxh." + otherUnit + "@haiphong.test";
        Fixtures.unit(reopenedUnit, "Phường Thử " + reopenedUnit, opened);
        Fixtures.unit(otherUnit, "Xã Thử " + otherUnit, opened);
        Fixtures.officer(reopenedUnit, reopenedEmail, "officer-" + reopenedUnit);
        Fixtures.officer(otherUnit, otherEmail, null);
        UUID roundId = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(roundId, "Báo cáo tháng 7/2026", Fixtures.local(2026, 7, 11, 17, 0), null,
                List.of(reopenedUnit, otherUnit), 1);
        Fixtures.publishRound(EventType.ROUND_OPENED, round, opened);
        awaitStatuses(roundId, otherUnit, "PENDING", "PENDING", "PENDING", "PENDING", "PENDING");
        assertThat(dispatchAt(Fixtures.local(2026, 7, 4, 8, 0), otherEmail)).hasSize(1);

        OffsetDateTime closedAt = Fixtures.local(2026, 7, 5, 9, 0);
        clock.set(closedAt.toInstant());
        Fixtures.publishRound(EventType.ROUND_CLOSED, closed(round, 2, closedAt, List.of()), closedAt);
        awaitStatuses(roundId, otherUnit, "SENT", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        awaitStatuses(roundId, reopenedUnit, "SENT", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(dispatchAt(Fixtures.local(2026, 7, 11, 18, 0), otherEmail)).hasSize(1);
        assertThat(MailReader.inbox(reopenedEmail)).hasSize(1);

        OffsetDateTime reopenedAt = Fixtures.local(2026, 7, 12, 9, 0);
        clock.set(reopenedAt.toInstant());
        RoundReopening reopening = new RoundReopening(reopenedUnit, "Phường bị ngập lụt, chưa tổng hợp được số liệu",
                Fixtures.local(2026, 7, 20, 17, 0), "admin-31", reopenedAt);
        EventEnvelope reopenedEvent = Fixtures.publishRound(EventType.ROUND_REOPENED,
                closed(round, 3, closedAt, List.of(reopening)), reopenedAt);
        JsonPath plan = awaitStatuses(roundId, reopenedUnit, "SENT", "CANCELLED", "CANCELLED", "CANCELLED",
                "CANCELLED", "PENDING", "PENDING", "PENDING", "PENDING", "PENDING");
        assertThat(plan.getList("findAll { it.status == 'PENDING' }.fireAt", String.class)).containsExactly(
                "2026-07-13T08:00:00+07:00", "2026-07-17T08:00:00+07:00", "2026-07-19T08:00:00+07:00",
                "2026-07-20T08:00:00+07:00", "2026-07-20T17:00:00+07:00");
        awaitStatuses(roundId, otherUnit, "SENT", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                dispatchAt(reopenedAt, reopenedEmail)).hasSize(2));
        Mail notice = MailReader.inbox(reopenedEmail).get(1);
        assertThat(notice.subject()).startsWith("[Mở lại]").contains("Phường Thử " + reopenedUnit)
                .contains("20/07/2026 17:00");
        assertThat(notice.text()).contains("đã chốt số liệu").contains("Phường bị ngập lụt, chưa tổng hợp được số liệu")
                .contains("Hạn mới của đơn vị: 20/07/2026 17:00");
        assertThat(notice.html()).contains("<strong>20/07/2026 17:00</strong>");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.unitOfficer(reopenedUnit)).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items[0].kind", equalTo("REOPENED")));

        // the same event again (a replay) is applied once: no second notice
        Fixtures.writer().send(reopenedEvent);
        Fixtures.publishRound(EventType.ROUND_OPENED, round, reopenedAt);
        assertThat(dispatchAt(Fixtures.local(2026, 7, 13, 8, 0), reopenedEmail)).hasSize(3);
        assertThat(MailReader.inbox(reopenedEmail).get(2).subject()).contains("còn 7 ngày");
        assertThat(MailReader.inbox(otherEmail)).hasSize(1);
        given().auth().oauth2(TestTokens.unitOfficer(reopenedUnit)).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.findAll { it.kind == 'REOPENED' }.size()", equalTo(1));
    }

    private static RoundSnapshot closed(RoundSnapshot r, long revision, OffsetDateTime closedAt,
            List<RoundReopening> reopenings) {
        return new RoundSnapshot(r.roundId(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.period(),
                r.cutOffDate(), r.dueAt(), r.previousDueAt(), r.resubmissionDays(), r.requiredUnitCodes(), r.indicators(),
                revision, closedAt.withOffsetSameInstant(ZoneOffset.UTC), "admin-31", reopenings);
    }

    private static JsonPath awaitStatuses(UUID roundId, String unit, String... statuses) {
        JsonPath[] path = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> path[0] = given()
                .auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule?unitCode=" + unit)
                .then().statusCode(200).body("status", contains(statuses)).extract().jsonPath());
        return path[0];
    }

    private List<Mail> dispatchAt(OffsetDateTime at, String email) {
        clock.set(at.toInstant());
        Dispatch.await(dispatcher::dispatchDue);
        return MailReader.inbox(email);
    }
}
