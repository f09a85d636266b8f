package vn.nq57.notification.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.NotificationConfig;

/**
 * Computes when to remind a unit of a deadline: at the configured local time on each configured
 * day before it and on the due day itself, then an overdue notice a grace period after the deadline
 * (a submission made just in time may reach this service after the deadline). A reminder of an
 * earlier day that has passed when the schedule is made is left out; one due today whose time has
 * already passed is caught up at once (a round opened at 10:00 with a reminder due today at 08:00
 * still reminds today). Nothing is planned at or after the deadline but the overdue notice.
 */
@ApplicationScoped
public class SchedulePlanner {

    /** One planned entry. */
    public record Entry(NoticeKind kind, String label, Instant fireAt) {
    }

    private final ZoneId zone;
    private final List<Integer> daysBefore;
    private final LocalTime timeOfDay;
    private final Duration overdueGrace;

    @Inject
    SchedulePlanner(NotificationConfig config) {
        this(config.zone(), config.reminders().daysBefore(), config.reminders().timeOfDay(),
                config.reminders().overdueGrace());
    }

    public SchedulePlanner(ZoneId zone, List<Integer> daysBefore, LocalTime timeOfDay, Duration overdueGrace) {
        if (overdueGrace.isNegative()) {
            throw new IllegalArgumentException("notification.reminders.overdue-grace must not be negative: " + overdueGrace);
        }
        this.zone = zone;
        this.daysBefore = List.copyOf(daysBefore);
        this.timeOfDay = timeOfDay;
        this.overdueGrace = overdueGrace;
    }

    public List<Entry> plan(Instant deadline, Instant madeAt, boolean resubmission) {
        String prefix = resubmission ? "R" : "";
        LocalDate dueDay = deadline.atZone(zone).toLocalDate();
        List<Entry> entries = new ArrayList<>();
        for (int days : daysBefore) {
            remind(entries, prefix + "D" + days, dueDay.minusDays(days), madeAt, deadline);
        }
        remind(entries, prefix + "DUE_DAY", dueDay, madeAt, deadline);
        entries.add(new Entry(NoticeKind.OVERDUE, prefix + "OVERDUE", deadline.plus(overdueGrace)));
        return entries;
    }

    private void remind(List<Entry> entries, String label, LocalDate day, Instant madeAt, Instant deadline) {
        Instant at = day.atTime(timeOfDay).atZone(zone).toInstant();
        Instant fireAt = at.isAfter(madeAt) ? at : day.equals(madeAt.atZone(zone).toLocalDate()) ? madeAt : null;
        if (fireAt != null && fireAt.isBefore(deadline)) {
            entries.add(new Entry(NoticeKind.REMINDER, label, fireAt));
        }
    }
}
