package vn.nq57.notification.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Conversions at the edges: the wire and documents speak Asia/Ho_Chi_Minh. */
public final class Times {

    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Dates inside documents and emails. */
    public static final DateTimeFormatter DOCUMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Times() {
    }

    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(VN).toOffsetDateTime();
    }

    public static String document(Instant instant) {
        return instant == null ? "" : DOCUMENT.format(instant.atZone(VN));
    }
}
