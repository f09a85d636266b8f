package vn.nq57.notification.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Settings of the reminder schedule and of delivery. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    Reminders reminders();

    Escalation escalation();

    Delivery delivery();

    Webhook webhook();

    Dispatch dispatch();

    interface Dispatch {
        /** Period of the dispatcher ({@code 30s}); {@code off} disables the periodic run. */
        @WithDefault("30s")
        String every();
    }

    interface Reminders {
        /** Days before the deadline on which a reminder goes out. */
        @WithDefault("7,3,1")
        List<Integer> daysBefore();

        /** Local time of day of every reminder, including the one on the due day. */
        @WithDefault("08:00")
        LocalTime timeOfDay();

        /**
         * How long after the deadline the overdue notice waits, so that a report submitted just
         * before the deadline, whose event is still on its way on a deadline-day burst, is not chased.
         */
        @WithDefault("PT10M")
        Duration overdueGrace();
    }

    interface Escalation {
        @WithDefault("08:00")
        LocalTime timeOfDay();

        /** Days after the deadline during which city staff get the daily digest. */
        @WithDefault("14")
        int maxDays();
    }

    interface Delivery {
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the second try; it doubles with every further try. */
        @WithDefault("PT30S")
        Duration backoff();
    }

    interface Webhook {
        @WithDefault("PT10S")
        Duration timeout();
    }
}
