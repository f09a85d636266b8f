package vn.nq57.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Test-only clock the tests move by hand; it replaces the system clock in the test application only. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(Instant instant) {
        now = instant;
    }

    /** Sets the clock to a local time in Asia/Ho_Chi_Minh. */
    public void setLocal(LocalDateTime local) {
        now = local.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
