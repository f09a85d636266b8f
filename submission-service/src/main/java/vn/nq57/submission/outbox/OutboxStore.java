package vn.nq57.submission.outbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;
import vn.nq57.submission.support.MongoCollections;

/**
 * The outbox as the relay sees it: due aggregates read through the indexed {@code outboxDueAt} (or by
 * {@code _id} when the relay was told which aggregates changed), projected to {@code _id} and the head
 * event only, in bounded batches; and the single-document updates that settle each attempt.
 */
@ApplicationScoped
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class);
    static final long RETRY_FAILED_SETTLE_MS = 5_000;

    /**
     * The head event of one due aggregate ({@code null} when its outbox is already empty) and the
     * aggregate's {@code outboxCount} as read.
     */
    public record Due(Object aggregateId, Document head, int count) {
    }

    @Inject
    MongoCollections collections;

    /** Every collection whose documents carry an outbox. */
    public List<MongoCollection<Document>> aggregates() {
        return List.of(collections.rounds(), collections.reports());
    }

    /**
     * Up to {@code limit} aggregates due at {@code now}, earliest first, stopping early once the heads
     * read add up to {@code maxBytes}; the cursor fetches few documents per reply, so no reply nears
     * the wire limit even when every head is as large as the event budget allows.
     */
    public List<Due> due(MongoCollection<Document> collection, Date now, int limit, long maxBytes) {
        List<Due> found = new ArrayList<>();
        long bytes = 0;
        try (MongoCursor<Document> cursor = collection.find(Filters.lte(OutboxEvents.DUE_AT, now))
                .projection(new Document("_id", 1).append(OutboxEvents.COUNT, 1)
                        .append(OutboxEvents.FIELD, new Document("$slice", 1)))
                .sort(Sorts.ascending(OutboxEvents.DUE_AT)).limit(limit).batchSize(16).iterator()) {
            while (bytes < maxBytes && cursor.hasNext()) {
                Due due = asDue(cursor.next());
                bytes += due.head() == null ? 0 : due.head().getString("event").length();
                found.add(due);
            }
        }
        return found;
    }

    /**
     * The aggregates among {@code ids} that are due at {@code now}, read by {@code _id} (the unique index
     * of every store, the wire server's included, so no collection scan), in the same bounded form as
     * {@link #due}. Ids whose heads would pass {@code maxBytes} are handed to {@code unread}.
     */
    public List<Due> dueAmong(MongoCollection<Document> collection, List<Object> ids, Date now, long maxBytes,
            Consumer<Object> unread) {
        List<Due> found = new ArrayList<>();
        long bytes = 0;
        try (MongoCursor<Document> cursor = collection.find(Filters.in("_id", ids))
                .projection(new Document("_id", 1).append(OutboxEvents.COUNT, 1).append(OutboxEvents.DUE_AT, 1)
                        .append(OutboxEvents.FIELD, new Document("$slice", 1)))
                .batchSize(16).iterator()) {
            while (cursor.hasNext()) {
                Document aggregate = cursor.next();
                Date dueAt = aggregate.getDate(OutboxEvents.DUE_AT);
                if (dueAt == null || dueAt.after(now)) {
                    continue;
                }
                if (bytes >= maxBytes) {
                    unread.accept(aggregate.get("_id"));
                    continue;
                }
                Due due = asDue(aggregate);
                bytes += due.head() == null ? 0 : due.head().getString("event").length();
                found.add(due);
            }
        }
        return found;
    }

    private static Due asDue(Document aggregate) {
        List<Document> events = aggregate.getList(OutboxEvents.FIELD, Document.class, List.of());
        return new Due(aggregate.get("_id"), events.isEmpty() ? null : events.get(0),
                aggregate.getInteger(OutboxEvents.COUNT, 0));
    }

    /** The earliest time any aggregate is due, if one is pending. */
    public Optional<Date> nextDue() {
        Date earliest = null;
        for (MongoCollection<Document> collection : aggregates()) {
            Document first = collection.find(Filters.exists(OutboxEvents.DUE_AT))
                    .projection(new Document("_id", 0).append(OutboxEvents.DUE_AT, 1))
                    .sort(Sorts.ascending(OutboxEvents.DUE_AT)).limit(1).first();
            Date due = first == null ? null : first.getDate(OutboxEvents.DUE_AT);
            if (due != null && (earliest == null || due.before(earliest))) {
                earliest = due;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** Aggregates with pending events, counted up to {@code cap}. */
    public long pending(long cap) {
        long count = 0;
        for (MongoCollection<Document> collection : aggregates()) {
            count += collection.countDocuments(Filters.exists(OutboxEvents.DUE_AT), new CountOptions().limit((int) cap));
        }
        return count;
    }

    /**
     * Applies a pass's settling updates, each aggregate's on its own: one that fails leaves its
     * aggregate due again {@link #RETRY_FAILED_SETTLE_MS} ms later and the others are settled (an
     * ordered write stopped at the first failure and the next pass met it again, so one aggregate
     * held back all). Seen with the local wire server, whose unique index can keep a stale entry
     * after an internal error. The aggregate's head event is then published again; consumers
     * dedupe by event id. An aggregate's two updates may apply in either order: clearing the due
     * time first is a no-op, and the next pass settles the emptied outbox. Answers how many updates
     * matched a document.
     */
    public long settle(MongoCollection<Document> collection, List<UpdateOneModel<Document>> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        try {
            return collection.bulkWrite(updates, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            Date retryAt = new Date(System.currentTimeMillis() + RETRY_FAILED_SETTLE_MS);
            for (BulkWriteError error : e.getWriteErrors()) {
                BsonValue id = updates.get(error.getIndex()).getFilter()
                        .toBsonDocument(BsonDocument.class, collection.getCodecRegistry()).get("_id");
                LOG.warnf("Settling the outbox of %s failed, retried in %d ms: %s", id, RETRY_FAILED_SETTLE_MS,
                        error.getMessage());
                collection.updateOne(new BsonDocument("_id", id), Updates.set(OutboxEvents.DUE_AT, retryAt));
            }
            return e.getWriteResult().getMatchedCount();
        }
    }

    /**
     * Settles published heads that were the only event of their aggregate with one update each (the
     * event pulled, the count zeroed and the due time cleared together), where no event was pushed
     * since they were read. When fewer aggregates matched, the batch's aggregates are read again by
     * {@code _id} and those still holding their published event settle as {@link #published} does
     * (only this worker pulls published events, so the event found is still there when pulled).
     */
    public void settleLast(MongoCollection<Document> collection, List<Published> heads) {
        List<UpdateOneModel<Document>> merged = heads.stream().map(h -> new UpdateOneModel<Document>(
                byIdAndCount(h.aggregateId(), 1), Updates.combine(Updates.pull(OutboxEvents.FIELD, new Document("id", h.eventId())),
                        Updates.set(OutboxEvents.COUNT, 0), Updates.unset(OutboxEvents.DUE_AT)))).toList();
        if (settle(collection, merged) < merged.size()) {
            Map<Object, String> published = new HashMap<>();
            heads.forEach(h -> published.put(h.aggregateId(), h.eventId()));
            List<UpdateOneModel<Document>> fallback = new ArrayList<>();
            for (Document aggregate : collection.find(Filters.in("_id", new ArrayList<>(published.keySet())))
                    .projection(new Document(OutboxEvents.FIELD + ".id", 1)).batchSize(16)) {
                String eventId = published.get(aggregate.get("_id"));
                if (aggregate.getList(OutboxEvents.FIELD, Document.class, List.of()).stream()
                        .anyMatch(e -> eventId.equals(e.getString("id")))) {
                    fallback.addAll(published(aggregate.get("_id"), eventId));
                }
            }
            settle(collection, fallback);
        }
    }

    /** A published head event and its aggregate. */
    public record Published(Object aggregateId, String eventId) {
    }

    /**
     * Pulls a published event; the aggregate stays due while more events wait behind it. For the
     * common case of an aggregate that held only this event, {@link #settleLast} takes one update.
     */
    public static List<UpdateOneModel<Document>> published(Object aggregateId, String eventId) {
        return List.of(new UpdateOneModel<>(Filters.eq("_id", aggregateId), Updates.combine(
                Updates.pull(OutboxEvents.FIELD, new Document("id", eventId)), Updates.inc(OutboxEvents.COUNT, -1))),
                idleWhenEmpty(aggregateId));
    }

    /** Records a failed attempt on the head event and holds the aggregate until its next attempt. */
    public static List<UpdateOneModel<Document>> failed(OutboxStore.Due due, int attempts, String error, Date nextAttempt) {
        return List.of(new UpdateOneModel<>(unchanged(due), Updates.combine(
                Updates.set(OutboxEvents.FIELD + ".0.attempts", attempts),
                Updates.set(OutboxEvents.FIELD + ".0.lastError", error),
                Updates.set(OutboxEvents.FIELD + ".0.nextAttemptAt", nextAttempt),
                Updates.set(OutboxEvents.DUE_AT, nextAttempt))));
    }

    /** Moves the head event to {@code outboxParked}; the events behind it go on. */
    public static List<UpdateOneModel<Document>> parked(OutboxStore.Due due, Document event) {
        return List.of(new UpdateOneModel<>(unchanged(due), Updates.combine(
                Updates.pull(OutboxEvents.FIELD, new Document("id", event.getString("id"))),
                Updates.inc(OutboxEvents.COUNT, -1),
                Updates.push(OutboxEvents.PARKED, event))), idleWhenEmpty(due.aggregateId()));
    }

    /** Settles a due aggregate whose outbox was found empty. */
    public static UpdateOneModel<Document> emptied(OutboxStore.Due due) {
        return new UpdateOneModel<>(unchanged(due), Updates.combine(Updates.set(OutboxEvents.COUNT, 0),
                Updates.unset(OutboxEvents.DUE_AT)));
    }

    /** The aggregate as read: no event was added or removed since (the head is still the one read). */
    private static Bson unchanged(OutboxStore.Due due) {
        return byIdAndCount(due.aggregateId(), due.count());
    }

    /** Clears {@code outboxDueAt} only if no event waits at that moment, so a concurrent push is never hidden. */
    private static UpdateOneModel<Document> idleWhenEmpty(Object aggregateId) {
        return new UpdateOneModel<>(byIdAndCount(aggregateId, 0), Updates.unset(OutboxEvents.DUE_AT));
    }

    /**
     * A plain two-key equality document rather than {@code Filters.and}, which renders {@code $and}:
     * the wire server matches the unique index on exactly these keys only for the plain form.
     */
    private static Bson byIdAndCount(Object aggregateId, int count) {
        return new Document("_id", aggregateId).append(OutboxEvents.COUNT, count);
    }

    /**
     * Documents written before {@code outboxDueAt} and {@code outboxCount} existed get them, read a
     * hundred at a time with only the event ids.
     */
    public void adoptLegacyOutboxes() {
        for (MongoCollection<Document> collection : aggregates()) {
            List<Document> legacy = new ArrayList<>();
            collection.find(Filters.and(Filters.exists(OutboxEvents.FIELD + ".0"), Filters.exists(OutboxEvents.COUNT, false)))
                    .projection(new Document("_id", 1).append(OutboxEvents.FIELD + ".id", 1)).batchSize(100)
                    .into(legacy);
            for (Document aggregate : legacy) {
                int size = aggregate.getList(OutboxEvents.FIELD, Document.class, List.of()).size();
                collection.updateOne(Filters.eq("_id", aggregate.get("_id")), Updates.combine(
                        Updates.inc(OutboxEvents.COUNT, size), Updates.min(OutboxEvents.DUE_AT, new Date())));
            }
        }
    }
}
