package vn.nq57.submission.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.nq57.contracts.problem.ProblemException;

/** Parked outbox events: listed for an operator, and put back in their aggregate's outbox on request. */
@ApplicationScoped
public class ParkedEvents {

    private static final String PARKED_ID = OutboxEvents.PARKED + ".id";

    @Inject
    OutboxStore store;

    @Inject
    OutboxRelay relay;

    /** Parked events of at most {@code limit} aggregates, without their payloads. */
    public List<ParkedEvent> list(int limit) {
        if (limit < 1 || limit > 200) {
            throw ProblemException.invalid("limit", "must be between 1 and 200");
        }
        Document projection = new Document("_id", 1);
        for (String field : List.of("id", "type", "topic", "key", "attempts", "lastError", "parkedAt", "bytes")) {
            projection.append(OutboxEvents.PARKED + "." + field, 1);
        }
        List<ParkedEvent> found = new ArrayList<>();
        for (MongoCollection<Document> collection : store.aggregates()) {
            for (Document aggregate : collection.find(Filters.exists(PARKED_ID)).projection(projection)
                    .sort(Sorts.ascending("_id")).limit(limit)) {
                for (Document event : aggregate.getList(OutboxEvents.PARKED, Document.class, List.of())) {
                    found.add(ParkedEvent.of(collection.getNamespace().getCollectionName(), aggregate.get("_id"), event));
                }
            }
        }
        return found;
    }

    /**
     * Moves a parked event back to the end of its aggregate's outbox with a fresh attempt count, in one
     * single-document update, and wakes the relay. Consumers keep the newest revision, so an old
     * snapshot published after newer ones changes nothing.
     */
    public ParkedEvent retry(String eventId) {
        for (MongoCollection<Document> collection : store.aggregates()) {
            Document aggregate = collection.find(Filters.eq(PARKED_ID, eventId))
                    .projection(new Document(OutboxEvents.PARKED, new Document("$elemMatch", new Document("id", eventId))))
                    .first();
            if (aggregate == null) {
                continue;
            }
            Document event = aggregate.getList(OutboxEvents.PARKED, Document.class).get(0);
            ParkedEvent view = ParkedEvent.of(collection.getNamespace().getCollectionName(), aggregate.get("_id"), event);
            Document again = new Document(event).append("attempts", 0);
            again.remove("lastError");
            again.remove("parkedAt");
            long moved = collection.updateOne(Filters.and(Filters.eq("_id", aggregate.get("_id")), Filters.eq(PARKED_ID, eventId)),
                    Updates.combine(Updates.pull(OutboxEvents.PARKED, new Document("id", eventId)),
                            Updates.push(OutboxEvents.FIELD, again),
                            Updates.inc(OutboxEvents.COUNT, 1),
                            Updates.min(OutboxEvents.DUE_AT, new Date()))).getModifiedCount();
            if (moved == 1) {
                relay.wake(collection, aggregate.get("_id"));
                return view;
            }
        }
        throw ProblemException.notFound("Parked outbox event " + eventId);
    }
}
