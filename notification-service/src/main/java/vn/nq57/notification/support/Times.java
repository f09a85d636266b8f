package vn.nq57.notification.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.nq57.support.time.VietnamTime;

/**
 * Notification's own conversions at the edges (the zone itself is {@link VietnamTime}'s): stored
 * instants to Vietnam time, dates in notices, and the bound on instants PostgreSQL can hold.
 */
public final class Times {

    /** Dates inside documents and emails. */
    public static final DateTimeFormatter DOCUMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Times() {
    }

    /** PostgreSQL's timestamptz range; the reactive driver would store anything outside it as ±infinity. */
    private static final Instant STORABLE_FROM = Instant.parse("-4712-01-01T00:00:00Z");
    private static final Instant STORABLE_UNTIL = Instant.parse("+294276-12-31T23:59:59Z");

    /**
     * An instant from an event, refused when PostgreSQL cannot hold it, so that the record is parked
     * instead of being stored as a silent infinity.
     */
    public static Instant storable(String field, Instant instant) {
        if (instant != null && (instant.isBefore(STORABLE_FROM) || instant.isAfter(STORABLE_UNTIL))) {
            throw new IllegalArgumentException(field + " " + instant + " is outside PostgreSQL's timestamp range");
        }
        return instant;
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    public static String document(Instant instant) {
        return instant == null ? "" : DOCUMENT.format(instant.atZone(VietnamTime.ZONE));
    }
}
