package vn.nq57.aggregation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Replaces the system clock in tests so deadlines can be passed without waiting. */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(OffsetDateTime time) {
        fixed = time.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant time = fixed;
        return time == null ? Instant.now() : time;
    }
}
