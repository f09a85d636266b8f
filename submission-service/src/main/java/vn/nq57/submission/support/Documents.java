package vn.nq57.submission.support;

import org.bson.Document;
import vn.nq57.contracts.events.EventCodec;

/**
 * Converts stored records to BSON documents and back through the platform's JSON mapping, so that
 * instants keep their offsets and enums their names in MongoDB exactly as on the wire.
 */
public final class Documents {

    private Documents() {
    }

    public static Document of(Object value) {
        return Document.parse(EventCodec.toJson(value));
    }

    /**
     * Maps a stored document onto a record without writing it out as JSON text first (a fifth of
     * submission-service's CPU on deadline day went to that text). A stored number reads as the text
     * path would read it: a double {@code d} as {@code BigDecimal.valueOf(d)}, the decimal of {@code Double.toString(d)}.
     */
    public static <T> T read(Document document, Class<T> type) {
        try {
            return EventCodec.mapper().convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
