package vn.nq57.submission.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import vn.nq57.contracts.events.EventCodec;

/**
 * Converts stored records to BSON documents and back through the platform's JSON mapping, so that
 * instants keep their offsets and enums their names in MongoDB exactly as on the wire.
 */
public final class Documents {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private Documents() {
    }

    public static Document of(Object value) {
        return Document.parse(EventCodec.toJson(value));
    }

    public static <T> T read(Document document, Class<T> type) {
        try {
            return EventCodec.mapper().readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
