package vn.nq57.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the Kafka record value is this object, the
 * record key is {@link #subject()}. {@link #id()} is the consumers' deduplication key.
 * {@link #traceparent()} and {@link #tracestate()} are the CloudEvents distributed-tracing extension:
 * the W3C trace context of the request that caused the event (absent when it was not traced).
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
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event without trace context. */
    public EventEnvelope(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, String dataschema, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, null, null);
    }

    /** This event carrying the given trace context (the distributed-tracing extension attributes). */
    public EventEnvelope withTrace(TraceContext trace) {
        return new EventEnvelope(specversion, id, source, type, subject, time, datacontenttype, dataschema, data,
                trace.traceparent(), trace.tracestate());
    }

    /** The trace context the event carries, {@link TraceContext#NONE} when it has none or a malformed one. */
    public TraceContext trace() {
        return TraceContext.of(traceparent, tracestate);
    }

    public EventType eventType() {
        return EventType.fromType(type).orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
    }
}
