package vn.nq57.submission.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import org.bson.Document;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;

/**
 * Pending events kept in the {@code outbox} array of the aggregate they describe. They are written
 * by the same single-document update as the change itself (MongoDB guarantees single-document
 * atomicity, and the test server has no multi-document transactions), then published by
 * {@link OutboxRelay}.
 */
public final class OutboxEvents {

    public static final String FIELD = "outbox";

    private OutboxEvents() {
    }

    public static Document pending(EventType type, String subject, Object payload, OffsetDateTime time) {
        EventEnvelope envelope = EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, subject, payload, time);
        return new Document("id", envelope.id())
                .append("topic", type.topic())
                .append("key", subject)
                .append("event", EventCodec.encode(envelope));
    }

    /** The {@code $push} part of an update that appends these events. */
    public static Document push(List<Document> events) {
        return new Document(FIELD, new Document("$each", events));
    }
}
