package vn.nq57.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the Kafka record value is this object, the
 * record key is {@link #subject()}. {@link #id()} is the consumers' deduplication key.
 */
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public EventType eventType() {
        return EventType.fromType(type).orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
    }
}
