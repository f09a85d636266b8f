package vn.nq57.notification.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.notification.notice.NoticeKind;
import vn.nq57.notification.support.NotificationConfig;

/**
 * Computes when to remind a unit of a deadline: at the configured local time on each configured
 * day before it and on the due day itself, then an overdue notice at the deadline. Entries whose
 * time has already passed when the schedule is made are left out.
 */
@ApplicationScoped
public class SchedulePlanner {

    /** One planned entry. */
    public record Entry(NoticeKind kind, String label, Instant fireAt) {
    }

    private final NotificationConfig config;

    SchedulePlanner(NotificationConfig config) {
        this.config = config;
    }

    public List<Entry> plan(Instant deadline, Instant madeAt, boolean resubmission) {
        String prefix = resubmission ? "R" : "";
        ZonedDateTime due = deadline.atZone(config.zone());
        LocalDate dueDay = due.toLocalDate();
        List<Entry> entries = new ArrayList<>();
        for (int days : config.reminders().daysBefore()) {
            Instant at = dueDay.minusDays(days).atTime(config.reminders().timeOfDay()).atZone(config.zone()).toInstant();
            add(entries, new Entry(NoticeKind.REMINDER, prefix + "D" + days, at), madeAt, deadline);
        }
        Instant dueMorning = dueDay.atTime(config.reminders().timeOfDay()).atZone(config.zone()).toInstant();
        add(entries, new Entry(NoticeKind.REMINDER, prefix + "DUE_DAY", dueMorning), madeAt, deadline);
        entries.add(new Entry(NoticeKind.OVERDUE, prefix + "OVERDUE", deadline));
        return entries;
    }

    private static void add(List<Entry> entries, Entry entry, Instant madeAt, Instant deadline) {
        if (entry.fireAt().isAfter(madeAt) && entry.fireAt().isBefore(deadline)) {
            entries.add(entry);
        }
    }
}
