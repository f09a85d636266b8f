package vn.nq57.support.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The domain's time zone: servers run in UTC, answers and documents use Asia/Ho_Chi_Minh. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZONE));
    }

    /** The same instant with Vietnam's offset; null stays null. */
    public static OffsetDateTime of(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
