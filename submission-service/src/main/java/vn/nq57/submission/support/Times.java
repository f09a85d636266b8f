package vn.nq57.submission.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The domain's time zone: servers run in UTC, answers and documents use Asia/Ho_Chi_Minh. */
public final class Times {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Times() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(VIETNAM));
    }

    public static OffsetDateTime inVietnam(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VIETNAM).toOffsetDateTime();
    }
}
