package vn.nq57.notification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.notification.schedule.SchedulePlanner;
import vn.nq57.notification.schedule.SchedulePlanner.Entry;
import vn.nq57.notification.shared.NoticeKind;

/** The reminder rule on its own: no server, no database. */
class SchedulePlannerTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final SchedulePlanner PLANNER = new SchedulePlanner(VN, List.of(7, 3, 1), LocalTime.of(8, 0), Duration.ZERO);

    private static Instant vn(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(VN).toInstant();
    }

    private static List<String> labels(List<Entry> entries) {
        return entries.stream().map(Entry::label).toList();
    }

    private static List<Instant> times(List<Entry> entries) {
        return entries.stream().map(Entry::fireAt).toList();
    }

    @Test
    void tenDaysAheadGetsEveryReminderAtTheTimeOfDayInVietnamThenTheOverdueNotice() {
        List<Entry> plan = PLANNER.plan(vn(3, 11, 17, 0), vn(3, 1, 10, 0), false);
        assertEquals(List.of("D7", "D3", "D1", "DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(List.of(vn(3, 4, 8, 0), vn(3, 8, 8, 0), vn(3, 10, 8, 0), vn(3, 11, 8, 0), vn(3, 11, 17, 0)),
                times(plan));
        assertEquals(List.of(NoticeKind.REMINDER, NoticeKind.REMINDER, NoticeKind.REMINDER, NoticeKind.REMINDER,
                NoticeKind.OVERDUE), plan.stream().map(Entry::kind).toList());
    }

    @Test
    void aReminderOfAnEarlierDayThatHasPassedIsLeftOut() {
        List<Entry> plan = PLANNER.plan(vn(4, 10, 17, 0), vn(4, 8, 10, 0), false);
        assertEquals(List.of("D1", "DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(vn(4, 9, 8, 0), plan.get(0).fireAt());
    }

    @Test
    void aReminderDueEarlierToday_isCaughtUpWhenTheScheduleIsMade() {
        Instant opened = vn(4, 9, 10, 0);
        List<Entry> plan = PLANNER.plan(vn(4, 10, 17, 0), opened, false);
        assertEquals(List.of("D1", "DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(List.of(opened, vn(4, 10, 8, 0), vn(4, 10, 17, 0)), times(plan));
    }

    @Test
    void onTheDueDayAfterTheReminderTimeTheDueDayReminderGoesOutAtOnce() {
        Instant opened = vn(5, 11, 9, 30);
        List<Entry> plan = PLANNER.plan(vn(5, 11, 17, 0), opened, false);
        assertEquals(List.of("DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(opened, plan.get(0).fireAt());
    }

    @Test
    void nothingButTheOverdueNoticeOnceTheDeadlineHasPassed() {
        Instant deadline = vn(6, 11, 9, 0);
        List<Entry> plan = PLANNER.plan(deadline, vn(6, 11, 9, 5), false);
        assertEquals(List.of("OVERDUE"), labels(plan));
        assertEquals(deadline, plan.get(0).fireAt());
    }

    @Test
    void aReminderAtOrAfterTheDeadlineIsLeftOut() {
        // Due at 07:00: the due-day reminder at 08:00 would come after the deadline.
        List<Entry> plan = PLANNER.plan(vn(7, 3, 7, 0), vn(7, 1, 9, 0), false);
        assertEquals(List.of("D1", "OVERDUE"), labels(plan));
    }

    @Test
    void theDayIsTheDayInVietnamNotInUtc() {
        // 06:30 in Hà Nội is still the previous day in UTC; D1 (08:00 today in Vietnam) lies ahead.
        List<Entry> plan = PLANNER.plan(vn(8, 2, 17, 0), vn(8, 1, 6, 30), false);
        assertEquals(List.of("D1", "DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(vn(8, 1, 8, 0), plan.get(0).fireAt());
    }

    @Test
    void resubmissionEntriesArePrefixed() {
        List<Entry> plan = PLANNER.plan(vn(9, 8, 17, 0), vn(9, 4, 14, 0), true);
        assertEquals(List.of("RD3", "RD1", "RDUE_DAY", "ROVERDUE"), labels(plan));
        assertEquals(vn(9, 5, 8, 0), plan.get(0).fireAt());
    }

    @Test
    void theOverdueNoticeWaitsTheGraceAfterTheDeadlineWhileRemindersKeepTheirTimes() {
        SchedulePlanner withGrace = new SchedulePlanner(VN, List.of(1), LocalTime.of(8, 0), Duration.ofMinutes(10));
        List<Entry> plan = withGrace.plan(vn(3, 11, 17, 0), vn(3, 1, 10, 0), false);
        assertEquals(List.of("D1", "DUE_DAY", "OVERDUE"), labels(plan));
        assertEquals(List.of(vn(3, 10, 8, 0), vn(3, 11, 8, 0), vn(3, 11, 17, 10)), times(plan));
    }

    @Test
    void aNegativeGraceIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class,
                () -> new SchedulePlanner(VN, List.of(1), LocalTime.of(8, 0), Duration.ofMinutes(-1)));
    }
}
