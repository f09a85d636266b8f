package vn.nq57.aggregation.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.nq57.contracts.events.EventCodec;

/** Snapshots are stored as JSONB with the event codec's settings and read back the same way. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        return EventCodec.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored snapshot is not a " + type.getSimpleName(), e);
        }
    }
}
