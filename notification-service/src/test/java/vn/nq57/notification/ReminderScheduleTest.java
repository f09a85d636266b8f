package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static vn.nq57.notification.Expect.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.MailReader;
import vn.nq57.testinfra.MailReader.Mail;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.PostgresServer;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class ReminderScheduleTest {

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    private record Setup(UUID roundId, String unit, String email, RoundSnapshot round, EventEnvelope opened) {
    }

    private Setup open(OffsetDateTime now, OffsetDateTime due, String title) {
        clock.set(now.toInstant());
        String unit = Fixtures.newUnitCode();
        String email = "vhxh." + unit + "@haiphong.test";
        Fixtures.unit(unit, "Phường Thử " + unit, now);
        Fixtures.officer(unit, email, "officer-" + unit);
        UUID roundId = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(roundId, title, due, null, List.of(unit), 1);
        EventEnvelope event = Fixtures.publishRound(EventType.ROUND_OPENED, round, now);
        return new Setup(roundId, unit, email, round, event);
    }

    private JsonPath schedule(Setup s, int expectedEntries) {
        JsonPath[] path = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> path[0] = given()
                .auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + s.roundId() + "/schedule?unitCode=" + s.unit())
                .then().statusCode(200).body("$", hasSize(expectedEntries)).extract().jsonPath());
        return path[0];
    }

    private List<Mail> dispatchAt(OffsetDateTime at, String email) {
        clock.set(at.toInstant());
        Dispatch.await(dispatcher::dispatchDue);
        return MailReader.inbox(email);
    }

    @Test
    void roundOpenedTenDaysBeforeGetsEveryReminderAtEightInTheMorning() {
        Setup s = open(Fixtures.local(2026, 3, 1, 10, 0), Fixtures.local(2026, 3, 11, 17, 0),
                "Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW năm 2026");
        JsonPath plan = schedule(s, 5);
        assertThat(plan.getList("label", String.class)).containsExactly("D7", "D3", "D1", "DUE_DAY", "OVERDUE");
        assertThat(plan.getList("fireAt", String.class)).containsExactly("2026-03-04T08:00:00+07:00",
                "2026-03-08T08:00:00+07:00", "2026-03-10T08:00:00+07:00", "2026-03-11T08:00:00+07:00",
                "2026-03-11T17:00:00+07:00");

        assertThat(dispatchAt(Fixtures.local(2026, 3, 4, 7, 59), s.email())).isEmpty();
        List<Mail> mails = dispatchAt(Fixtures.local(2026, 3, 4, 8, 0), s.email());
        assertThat(mails).hasSize(1);
        Mail first = mails.get(0);
        assertThat(first.subject()).contains("còn 7 ngày").contains("Phường Thử " + s.unit())
                .contains("4383/SKHCN-TTTT").contains("11/03/2026 17:00");
        assertThat(first.text()).contains("Kính gửi: Phường Thử " + s.unit())
                .contains("Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW năm 2026").contains("11/03/2026 17:00");
        assertThat(first.html()).contains("<strong>11/03/2026 17:00</strong>");

        assertThat(dispatchAt(Fixtures.local(2026, 3, 8, 8, 0), s.email())).hasSize(2);
        assertThat(dispatchAt(Fixtures.local(2026, 3, 10, 8, 0), s.email())).hasSize(3);
        List<Mail> dueDay = dispatchAt(Fixtures.local(2026, 3, 11, 8, 0), s.email());
        assertThat(dueDay).hasSize(4);
        assertThat(dueDay.get(3).subject()).startsWith("[Hết hạn hôm nay]");
        assertThat(dispatchAt(Fixtures.local(2026, 3, 11, 16, 59), s.email())).hasSize(4);
    }

    @Test
    void roundOpenedOneDayBeforeSkipsEarlierDaysAndCatchesUpTodaysPassedReminder() {
        Setup s = open(Fixtures.local(2026, 4, 9, 10, 0), Fixtures.local(2026, 4, 10, 17, 0),
                "Báo cáo nhanh chuyển đổi số tháng 4/2026");
        JsonPath plan = schedule(s, 3);
        // D7 and D3 fell on earlier days: left out. D1 fell due at 08:00 today, before the round opened: sent now.
        assertThat(plan.getList("label", String.class)).containsExactly("D1", "DUE_DAY", "OVERDUE");
        assertThat(plan.getList("fireAt", String.class)).containsExactly("2026-04-09T10:00:00+07:00",
                "2026-04-10T08:00:00+07:00", "2026-04-10T17:00:00+07:00");
        List<Mail> today = dispatchAt(Fixtures.local(2026, 4, 9, 10, 0), s.email());
        assertThat(today).hasSize(1);
        assertThat(today.get(0).subject()).contains("còn 1 ngày").contains("10/04/2026 17:00");
        assertThat(dispatchAt(Fixtures.local(2026, 4, 9, 23, 0), s.email())).hasSize(1);
        List<Mail> mails = dispatchAt(Fixtures.local(2026, 4, 10, 8, 0), s.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).startsWith("[Hết hạn hôm nay]").contains("10/04/2026 17:00");
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachReminderOnce() throws Exception {
        Setup s = open(Fixtures.local(2026, 10, 1, 9, 0), Fixtures.local(2026, 10, 11, 17, 0), "Báo cáo tháng 10/2026");
        schedule(s, 5);
        clock.set(Fixtures.local(2026, 10, 4, 8, 0).toInstant());
        // Two replicas' dispatchers at the same moment: the database gives each due entry and delivery to one.
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = replicas.submit(() -> Dispatch.await(dispatcher::dispatchDue));
            var second = replicas.submit(() -> Dispatch.await(dispatcher::dispatchDue));
            first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            second.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(MailReader.inbox(s.email())).hasSize(1);
        assertThat(dispatchAt(Fixtures.local(2026, 10, 4, 8, 1), s.email())).hasSize(1);
        assertThat(schedule(s, 5).getList("status", String.class)).containsExactly("SENT", "PENDING", "PENDING",
                "PENDING", "PENDING");
    }

    @Test
    void noReminderAfterSubmission() {
        OffsetDateTime opened = Fixtures.local(2026, 5, 1, 9, 0);
        Setup s = open(opened, Fixtures.local(2026, 5, 11, 17, 0), "Báo cáo tháng 5/2026");
        schedule(s, 5);
        assertThat(dispatchAt(Fixtures.local(2026, 5, 4, 8, 0), s.email())).hasSize(1);

        Fixtures.publishReport(EventType.REPORT_SUBMITTED, s.roundId(), s.unit(), ReportStatus.SUBMITTED, null, null,
                null, 2, Fixtures.local(2026, 5, 5, 10, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + s.roundId() + "/schedule?unitCode=" + s.unit())
                .then().statusCode(200)
                .body("status", contains("SENT", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED")));

        assertThat(dispatchAt(Fixtures.local(2026, 5, 8, 8, 0), s.email())).hasSize(1);
        assertThat(dispatchAt(Fixtures.local(2026, 5, 11, 18, 0), s.email())).hasSize(1);
        assertThat(dispatchAt(Fixtures.local(2026, 5, 12, 9, 0), s.email())).hasSize(1);
    }

    @Test
    void aDraftStartedIsPassedOverWithoutATransactionAndKeepsTheReminders() {
        OffsetDateTime opened = Fixtures.local(2026, 7, 1, 9, 0);
        Setup s = open(opened, Fixtures.local(2026, 7, 11, 17, 0), "Báo cáo tháng 7/2026");
        schedule(s, 5);
        double passedOver = events("vn.nq57.report.draft-started", "passed-over");
        double submitted = events("vn.nq57.report.submitted", "applied");

        Fixtures.publishReport(EventType.REPORT_DRAFT_STARTED, s.roundId(), s.unit(), ReportStatus.DRAFT, null, null,
                null, 1, Fixtures.local(2026, 7, 2, 10, 0));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                events("vn.nq57.report.draft-started", "passed-over") >= passedOver + 1);
        assertEquals(0, events("vn.nq57.report.draft-started", "applied"), 0.001);
        assertEquals(List.of("PENDING"), schedule(s, 5).getList("status", String.class).stream().distinct().toList());

        Fixtures.publishReport(EventType.REPORT_SUBMITTED, s.roundId(), s.unit(), ReportStatus.SUBMITTED, null, null,
                null, 2, Fixtures.local(2026, 7, 3, 10, 0));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                events("vn.nq57.report.submitted", "applied") >= submitted + 1);
        assertEquals(List.of("CANCELLED"), schedule(s, 5).getList("status", String.class).stream().distinct().toList());
    }

    @Test
    void aReportEventWaitsForItsRoundsAdvisoryLock() throws Exception {
        Setup s = open(Fixtures.local(2026, 8, 1, 9, 0), Fixtures.local(2026, 8, 11, 17, 0), "Báo cáo tháng 8/2026");
        schedule(s, 5);
        double applied = events("vn.nq57.report.submitted", "applied");
        long key = s.roundId().getMostSignificantBits() ^ s.roundId().getLeastSignificantBits();
        try (Connection other = DriverManager.getConnection(Infra.database("notification"), PostgresServer.USER,
                "postgres")) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key);
                lock.execute();
            }
            Fixtures.publishReport(EventType.REPORT_SUBMITTED, s.roundId(), s.unit(), ReportStatus.SUBMITTED, null, null,
                    null, 2, Fixtures.local(2026, 8, 3, 10, 0));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() ->
                    events("vn.nq57.report.submitted", "applied") == applied);
            other.commit();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> events("vn.nq57.report.submitted", "applied") >= applied + 1);
        assertEquals(List.of("CANCELLED"), schedule(s, 5).getList("status", String.class).stream().distinct().toList());
    }

    /** The consumed-events counter of one type and outcome, as /q/metrics shows it (0 before the first). */
    private static double events(String type, String outcome) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("nq57_notification_events_total{") && l.contains("type=\"" + type + "\"")
                        && l.contains("outcome=\"" + outcome + "\""))
                // the sample value follows the labels; with tracing on, an exemplar may follow it
                .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf("} ") + 2).split(" ")[0]))
                .sum();
    }

    @Test
    void deadlineChangeReschedulesWhatIsNotYetSent() {
        OffsetDateTime opened = Fixtures.local(2026, 6, 1, 9, 0);
        Setup s = open(opened, Fixtures.local(2026, 6, 11, 17, 0), "Báo cáo quý II/2026");
        schedule(s, 5);
        assertThat(dispatchAt(Fixtures.local(2026, 6, 4, 8, 0), s.email())).hasSize(1);

        OffsetDateTime changed = Fixtures.local(2026, 6, 5, 9, 0);
        clock.set(changed.toInstant());
        RoundSnapshot moved = Fixtures.round(s.roundId(), s.round().title(), Fixtures.local(2026, 6, 20, 17, 0),
                s.round().dueAt(), List.of(s.unit()), 2);
        Fixtures.publishRound(EventType.ROUND_DEADLINE_CHANGED, moved, changed);
        JsonPath plan = schedule(s, 10);
        List<Map<String, Object>> pending = plan.getList("findAll { it.status == 'PENDING' }");
        assertThat(pending).extracting(e -> e.get("fireAt")).containsExactly("2026-06-13T08:00:00+07:00",
                "2026-06-17T08:00:00+07:00", "2026-06-19T08:00:00+07:00", "2026-06-20T08:00:00+07:00",
                "2026-06-20T17:00:00+07:00");
        assertThat(plan.getList("findAll { it.status == 'CANCELLED' }.label", String.class))
                .containsExactlyInAnyOrder("D3", "D1", "DUE_DAY", "OVERDUE");

        assertThat(dispatchAt(Fixtures.local(2026, 6, 8, 8, 0), s.email())).hasSize(1);
        assertThat(dispatchAt(Fixtures.local(2026, 6, 11, 18, 0), s.email())).hasSize(1);
        List<Mail> mails = dispatchAt(Fixtures.local(2026, 6, 13, 8, 0), s.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).contains("còn 7 ngày").contains("20/06/2026 17:00");
    }

    @Test
    void aLargeRoundIsPlannedAndRemindedAtOnceAndMovingItsDeadlineBackRevivesTheFirstPlan() {
        OffsetDateTime opened = Fixtures.local(2026, 8, 3, 9, 0);
        clock.set(opened.toInstant());
        List<String> units = java.util.stream.IntStream.range(0, 300).mapToObj(i -> Fixtures.newUnitCode()).toList();
        UUID roundId = UUID.randomUUID();
        OffsetDateTime due = Fixtures.local(2026, 8, 13, 17, 0);
        OffsetDateTime later = Fixtures.local(2026, 8, 20, 17, 0);
        String title = "Báo cáo tháng 8/2026";
        Fixtures.publishRound(EventType.ROUND_OPENED, Fixtures.round(roundId, title, due, null, units, 1), opened);
        assertThat(wholeSchedule(roundId, 1500).getList("findAll { it.status == 'PENDING' }")).hasSize(1500);

        clock.set(Fixtures.local(2026, 8, 3, 10, 0).toInstant());
        Fixtures.publishRound(EventType.ROUND_DEADLINE_CHANGED, Fixtures.round(roundId, title, later, due, units, 2),
                Fixtures.local(2026, 8, 3, 10, 0));
        wholeSchedule(roundId, 3000);
        Fixtures.publishRound(EventType.ROUND_DEADLINE_CHANGED, Fixtures.round(roundId, title, due, later, units, 3),
                Fixtures.local(2026, 8, 3, 11, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath plan = wholeSchedule(roundId, 3000);
            List<Map<String, Object>> pending = plan.getList("findAll { it.status == 'PENDING' }");
            assertThat(pending).hasSize(1500);
            assertThat(pending).extracting(e -> e.get("deadline")).containsOnly("2026-08-13T17:00:00+07:00");
        });

        // the 300 seven-days reminders fall due together and are recorded in one dispatch run
        clock.set(Fixtures.local(2026, 8, 6, 8, 0).toInstant());
        Dispatch.await(dispatcher::dispatchDue);
        assertThat(wholeSchedule(roundId, 3000).getList("findAll { it.status == 'SENT' }.label", String.class))
                .hasSize(300).containsOnly("D7");
    }

    private JsonPath wholeSchedule(UUID roundId, int expectedEntries) {
        JsonPath[] path = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> path[0] = given()
                .auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule")
                .then().statusCode(200).body("$", hasSize(expectedEntries)).extract().jsonPath());
        return path[0];
    }

    @Test
    void overdueNoticeAndDailyEscalationDigest() {
        OffsetDateTime opened = Fixtures.local(2026, 7, 1, 9, 0);
        clock.set(opened.toInstant());
        String late = Fixtures.newUnitCode();
        String onTime = Fixtures.newUnitCode();
        Fixtures.unit(late, "Xã Chậm " + late, opened);
        Fixtures.unit(onTime, "Xã Đúng Hạn " + onTime, opened);
        String lateEmail = "vhxh." + late + "@haiphong.test";
        Fixtures.officer(late, lateEmail, null);
        String staffEmail = "tonghop.skhcn." + late + "@haiphong.test";
        given().auth().oauth2(TestTokens.cityAdmin()).contentType("application/json")
                .body(Map.of("scope", "DEPARTMENT", "department", "SKHCN", "name", "Phòng Thông tin - Truyền thông",
                        "email", staffEmail, "channels", List.of("EMAIL")))
                .when().post("/api/v1/contacts").then().statusCode(201);
        UUID roundId = UUID.randomUUID();
        String title = "Báo cáo sơ kết 6 tháng " + late;
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, title, Fixtures.local(2026, 7, 3, 17, 0), null, List.of(late, onTime), 1),
                opened);
        Setup s = new Setup(roundId, late, lateEmail, null, null);
        schedule(s, 3);
        Fixtures.publishReport(EventType.REPORT_SUBMITTED, roundId, onTime, ReportStatus.SUBMITTED, null, null, null,
                2, Fixtures.local(2026, 7, 2, 10, 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule?unitCode=" + onTime)
                .then().statusCode(200).body("status", contains("CANCELLED", "CANCELLED", "CANCELLED")));

        assertThat(dispatchAt(Fixtures.local(2026, 7, 2, 8, 0), lateEmail)).hasSize(1);
        assertThat(dispatchAt(Fixtures.local(2026, 7, 3, 16, 59), lateEmail)).hasSize(2);
        List<Mail> overdue = dispatchAt(Fixtures.local(2026, 7, 3, 17, 0), lateEmail);
        assertThat(overdue).hasSize(3);
        assertThat(overdue.get(2).subject()).startsWith("[Quá hạn]").contains("03/07/2026 17:00");

        assertThat(digests(staffEmail, title)).isEmpty();
        dispatchAt(Fixtures.local(2026, 7, 4, 7, 59), lateEmail);
        assertThat(digests(staffEmail, title)).isEmpty();
        dispatchAt(Fixtures.local(2026, 7, 4, 8, 0), lateEmail);
        List<Mail> digests = digests(staffEmail, title);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).subject()).contains("1 đơn vị chưa nộp");
        assertThat(digests.get(0).text()).contains("Xã Chậm " + late).doesNotContain("Xã Đúng Hạn");
        dispatchAt(Fixtures.local(2026, 7, 4, 15, 0), lateEmail);
        assertThat(digests(staffEmail, title)).hasSize(1);
        dispatchAt(Fixtures.local(2026, 7, 5, 8, 30), lateEmail);
        assertThat(digests(staffEmail, title)).hasSize(2);
    }

    private static List<Mail> digests(String email, String title) {
        return MailReader.inbox(email).stream().filter(m -> m.subject().contains(title)).toList();
    }

    @Test
    void catchesUpOnceAfterDowntimeAndIgnoresRedeliveredEvents() {
        OffsetDateTime opened = Fixtures.local(2026, 8, 1, 9, 0);
        Setup s = open(opened, Fixtures.local(2026, 8, 11, 17, 0), "Báo cáo tháng 8/2026");
        schedule(s, 5);
        // The same event delivered again, and a replay of the same revision under a new id.
        Fixtures.writer().send(s.opened());
        Fixtures.publishRound(EventType.ROUND_OPENED, s.round(), opened);

        // Down at 08:00 on the 4th and the 8th; back at 09:30 on the 8th: one reminder, the latest.
        List<Mail> mails = dispatchAt(Fixtures.local(2026, 8, 8, 9, 30), s.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains("còn 3 ngày");
        assertThat(dispatchAt(Fixtures.local(2026, 8, 8, 9, 31), s.email())).hasSize(1);
        JsonPath plan = schedule(s, 5);
        assertThat(plan.getList("status", String.class)).containsExactly("SKIPPED", "SENT", "PENDING", "PENDING",
                "PENDING");
    }

    @Test
    void returnedReportNotifiesAtOnceAndRestartsRemindersForTheResubmission() {
        OffsetDateTime opened = Fixtures.local(2026, 9, 1, 9, 0);
        Setup s = open(opened, Fixtures.local(2026, 9, 5, 17, 0), "Báo cáo tháng 9/2026");
        schedule(s, 4);
        OffsetDateTime submitted = Fixtures.local(2026, 9, 3, 10, 0);
        clock.set(submitted.toInstant());
        Fixtures.publishReport(EventType.REPORT_SUBMITTED, s.roundId(), s.unit(), ReportStatus.SUBMITTED, null, null,
                null, 2, submitted);
        OffsetDateTime returned = Fixtures.local(2026, 9, 4, 14, 0);
        clock.set(returned.toInstant());
        Fixtures.publishReport(EventType.REPORT_RETURNED, s.roundId(), s.unit(), ReportStatus.RETURNED,
                "Đề nghị bổ sung số liệu mục 2.1", Map.of("2.1", "Thiếu số buổi phát thanh"),
                Fixtures.local(2026, 9, 8, 17, 0), 3, returned);
        await().atMost(Duration.ofSeconds(30)).until(() -> MailReader.inbox(s.email()).size() == 1);
        Mail mail = MailReader.inbox(s.email()).get(0);
        assertThat(mail.subject()).startsWith("[Trả lại]");
        assertThat(mail.text()).contains("Đề nghị bổ sung số liệu mục 2.1").contains("Mục 2.1: Thiếu số buổi phát thanh")
                .contains("08/09/2026 17:00");
        JsonPath plan = schedule(s, 8);
        assertThat(plan.getList("findAll { it.status == 'PENDING' }.label", String.class))
                .containsExactly("RD3", "RD1", "RDUE_DAY", "ROVERDUE");
        List<Mail> again = dispatchAt(Fixtures.local(2026, 9, 5, 8, 0), s.email());
        assertThat(again).hasSize(2);
        assertThat(again.get(1).subject()).contains("còn 3 ngày").contains("nộp lại").contains("08/09/2026 17:00");

        Fixtures.publishReport(EventType.REPORT_ACCEPTED, s.roundId(), s.unit(), ReportStatus.ACCEPTED,
                "Báo cáo đầy đủ", null, null, 5, Fixtures.local(2026, 9, 6, 9, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> MailReader.inbox(s.email()).size() == 3);
        assertThat(MailReader.inbox(s.email()).get(2).subject()).startsWith("[Đã tiếp nhận]");
        assertThat(dispatchAt(Fixtures.local(2026, 9, 9, 9, 0), s.email())).hasSize(3);
    }

    @Test
    void submissionSeenBeforeItsRoundIsNotChased() {
        OffsetDateTime opened = Fixtures.local(2026, 12, 1, 9, 0);
        clock.set(opened.toInstant());
        String early = Fixtures.newUnitCode();
        String pending = Fixtures.newUnitCode();
        Fixtures.unit(early, "Xã Nộp Sớm " + early, opened);
        Fixtures.unit(pending, "Xã Chưa Nộp " + pending, opened);
        String earlyEmail = "vhxh." + early + "@haiphong.test";
        Fixtures.officer(early, earlyEmail, null);
        UUID roundId = UUID.randomUUID();
        // The topics are consumed independently: the submission may be applied before the round.
        Fixtures.publishReport(EventType.REPORT_SUBMITTED, roundId, early, ReportStatus.SUBMITTED, null, null, null,
                2, opened);
        Fixtures.publishRound(EventType.ROUND_OPENED, Fixtures.round(roundId, "Báo cáo tháng 12/2026",
                Fixtures.local(2026, 12, 11, 17, 0), null, List.of(early, pending), 1), opened);
        schedule(new Setup(roundId, pending, null, null, null), 5);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule?unitCode=" + early)
                .then().statusCode(200).body("findAll { it.status == 'PENDING' }", hasSize(0)));
        assertThat(dispatchAt(Fixtures.local(2026, 12, 12, 9, 0), earlyEmail)).isEmpty();
    }
}
