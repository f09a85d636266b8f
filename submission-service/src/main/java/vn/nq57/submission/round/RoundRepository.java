package vn.nq57.submission.round;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.nq57.submission.outbox.OutboxEvents;
import vn.nq57.submission.outbox.OutboxRelay;
import vn.nq57.submission.support.Documents;
import vn.nq57.submission.support.MongoCollections;

/**
 * Rounds in MongoDB; every write carries its events in the same document update. A read asks the store
 * for the round's revision only and decodes the whole round when that revision is not the one it read
 * last: every create and submit reads its round, and on deadline day reading and decoding a round of a
 * hundred units and sixty indicators was a tenth of submission-service's CPU. The store stays the one
 * authority (another replica's close or reopening is seen at the next read), since every change of a
 * round raises its revision.
 */
@ApplicationScoped
public class RoundRepository {

    /** More rounds than a country opens at once; past it the remembered rounds are forgotten together. */
    private static final int REMEMBERED = 1_000;

    private static final Bson REVISION_ONLY = Projections.include("revision");

    /** The round without its pending events. */
    private static final Bson ROUND_ONLY = Projections.exclude(OutboxEvents.FIELD, OutboxEvents.PARKED,
            OutboxEvents.DUE_AT, OutboxEvents.COUNT);

    private final Map<UUID, RoundEntity> lastRead = new ConcurrentHashMap<>();

    @Inject
    MongoCollections collections;

    @Inject
    OutboxRelay relay;

    /** Inserts a round with its pending events; false when a round with that id already exists. */
    public boolean insert(RoundEntity round, List<Document> events) {
        Document doc = OutboxEvents.attach(Documents.of(round), events);
        try {
            collections.rounds().insertOne(doc);
            relay.wake(collections.rounds(), round.id().toString());
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces a round if it is still at {@code expectedRevision}; false when someone else changed it. */
    public boolean update(RoundEntity round, long expectedRevision, List<Document> events) {
        Document set = Documents.of(round);
        set.remove("_id");
        Document update = new Document("$set", set);
        OutboxEvents.appendTo(update, events);
        boolean written = collections.rounds().updateOne(MongoCollections.byIdAndRevision(round.id().toString(),
                expectedRevision), update).getMatchedCount() == 1;
        if (written && !events.isEmpty()) {
            relay.wake(collections.rounds(), round.id().toString());
        }
        return written;
    }

    public Optional<RoundEntity> find(UUID id) {
        Document stamp = collections.rounds().find(Filters.eq("_id", id.toString())).projection(REVISION_ONLY).first();
        if (stamp == null) {
            return Optional.empty();
        }
        RoundEntity remembered = lastRead.get(id);
        if (remembered != null && remembered.revision() == stamp.get("revision", Number.class).longValue()) {
            return Optional.of(remembered);
        }
        Optional<RoundEntity> read = Optional.ofNullable(collections.rounds().find(Filters.eq("_id", id.toString()))
                .projection(ROUND_ONLY).first()).map(d -> Documents.read(d, RoundEntity.class));
        read.ifPresent(this::remember);
        return read;
    }

    private void remember(RoundEntity round) {
        if (lastRead.size() >= REMEMBERED) {
            lastRead.clear();
        }
        lastRead.merge(round.id(), round, (known, read) -> read.revision() >= known.revision() ? read : known);
    }

    public boolean existsForPeriod(UUID regimeId, String periodKey) {
        return collections.rounds().find(Filters.and(Filters.eq("regimeId", regimeId.toString()),
                Filters.eq("periodKey", periodKey))).first() != null;
    }

    public List<RoundEntity> list(Bson filter, int page, int size) {
        List<RoundEntity> rounds = new ArrayList<>();
        for (Document d : collections.rounds().find(filter).sort(Sorts.descending("openedAt")).skip(page * size).limit(size)) {
            rounds.add(Documents.read(d, RoundEntity.class));
        }
        return rounds;
    }

    public long count(Bson filter) {
        return collections.rounds().countDocuments(filter);
    }
}
