package vn.nq57.submission.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.contracts.problem.ProblemException;

/**
 * Pending events kept in the {@code outbox} array of the aggregate they describe. They are written
 * by the same single-document update as the change itself (MongoDB guarantees single-document
 * atomicity, and the test server has no multi-document transactions), then published by
 * {@link OutboxRelay}. The top-level {@code outboxDueAt} (indexed) is the earliest time the head
 * event may be tried; it is absent when nothing is pending, so the relay never scans idle documents.
 */
public final class OutboxEvents {

    public static final String FIELD = "outbox";
    public static final String DUE_AT = "outboxDueAt";
    public static final String PARKED = "outboxParked";
    /**
     * How many events wait in {@code outbox}. Kept beside the array so that the relay's conditional
     * updates are equality filters on {@code _id} + this field, which a unique index answers (the
     * MongoDB wire server uses an index only for a filter on exactly its keys).
     */
    public static final String COUNT = "outboxCount";

    private OutboxEvents() {
    }

    /**
     * A pending event for a change being accepted, keeping the trace context of the request that makes
     * it (the relay sends it on as the record's trace headers).
     *
     * @throws ProblemException 400 when the encoded event exceeds {@link EventCodec#MAX_EVENT_BYTES}: the
     *         change is refused before anything is written
     */
    public static Document pending(EventType type, String subject, Object payload, OffsetDateTime time) {
        TraceContext trace = TraceContext.current();
        EventEnvelope envelope = EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, subject, payload, time)
                .withTrace(trace);
        String encoded = EventCodec.encode(envelope);
        int bytes = encoded.getBytes(StandardCharsets.UTF_8).length;
        requireWithinBudget(type, bytes);
        Document pending = new Document("id", envelope.id())
                .append("bytes", bytes)
                .append("type", type.type())
                .append("topic", type.topic())
                .append("key", subject)
                .append("event", encoded)
                .append("attempts", 0);
        if (trace.isPresent()) {
            pending.append(TraceContext.TRACEPARENT, trace.traceparent()).append(TraceContext.TRACESTATE, trace.tracestate());
        }
        return pending;
    }

    /** The trace context of the request that wrote a pending event ({@link TraceContext#NONE} when untraced). */
    public static TraceContext trace(Document pending) {
        return TraceContext.of(pending.getString(TraceContext.TRACEPARENT), pending.getString(TraceContext.TRACESTATE));
    }

    /** Refuses a change whose event would not fit the budget (also used for drafts, which publish nothing yet). */
    public static void requireWithinBudget(EventType type, String subject, Object payload, OffsetDateTime time) {
        requireWithinBudget(type, EventCodec.encode(EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, subject,
                payload, time)).getBytes(StandardCharsets.UTF_8).length);
    }

    private static void requireWithinBudget(EventType type, int bytes) {
        if (bytes > EventCodec.MAX_EVENT_BYTES) {
            String what = type.payload().getSimpleName().replace("Snapshot", "").toLowerCase();
            throw ProblemException.invalid("body", "the " + what + " is larger than the 256 KiB an event may carry ("
                    + bytes + " bytes)");
        }
    }

    /** A new aggregate document with its first events, due at once. */
    public static Document attach(Document aggregate, List<Document> events) {
        aggregate.append(FIELD, events).append(COUNT, events.size());
        if (!events.isEmpty()) {
            aggregate.append(DUE_AT, new Date());
        }
        return aggregate;
    }

    /** Adds to an update the {@code $push} of these events and makes the aggregate due now (unless it is due earlier). */
    public static Document appendTo(Document update, List<Document> events) {
        if (!events.isEmpty()) {
            update.append("$push", new Document(FIELD, new Document("$each", events)));
            update.append("$min", new Document(DUE_AT, new Date()));
            update.append("$inc", new Document(COUNT, events.size()));
        }
        return update;
    }
}
