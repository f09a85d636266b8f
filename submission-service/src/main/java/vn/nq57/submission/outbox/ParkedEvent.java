package vn.nq57.submission.outbox;

import java.time.Instant;
import org.bson.Document;

/**
 * An outbox event that could not be published after the relay's last attempt, as an operator sees it.
 *
 * @param collection the collection of its aggregate ({@code rounds} or {@code reports})
 * @param aggregateId the round or report the event describes
 * @param bytes the size of the encoded event
 */
public record ParkedEvent(String eventId, String type, String topic, String key, String collection, String aggregateId,
        int attempts, String lastError, Instant parkedAt, Integer bytes) {

    static ParkedEvent of(String collection, Object aggregateId, Document event) {
        java.util.Date parkedAt = event.getDate("parkedAt");
        return new ParkedEvent(event.getString("id"), event.getString("type"), event.getString("topic"),
                event.getString("key"), collection, String.valueOf(aggregateId), event.getInteger("attempts", 0),
                event.getString("lastError"), parkedAt == null ? null : parkedAt.toInstant(), event.getInteger("bytes"));
    }
}
