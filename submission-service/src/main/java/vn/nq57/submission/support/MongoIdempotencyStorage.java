package vn.nq57.submission.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.support.idempotency.IdempotencyStorage;

/**
 * Idempotency-Keys in the {@code idempotency} collection, one document per caller and key
 * ({@code _id}): the insert is the claim, the duplicate-key error the refusal. A TTL index forgets
 * answers after two days; an owner that never recorded its answer frees the key after
 * {@code nq57.idempotency.lease-seconds}. Blocking driver calls: the resources run on worker threads.
 */
@ApplicationScoped
public class MongoIdempotencyStorage implements IdempotencyStorage {

    @Inject
    MongoCollections collections;

    @Inject
    Clock clock;

    @ConfigProperty(name = "nq57.idempotency.lease-seconds", defaultValue = "600")
    int leaseSeconds;

    private static Bson id(String subject, String key) {
        return Filters.eq("_id", subject + "|" + key);
    }

    @Override
    public Uni<Boolean> claim(String subject, String key, String request) {
        return Uni.createFrom().item(() -> {
            Date now = Date.from(clock.instant());
            try {
                collections.idempotency().insertOne(new Document("_id", subject + "|" + key).append("request", request)
                        .append("completed", false).append("startedAt", now).append("createdAt", now));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Date leaseEnd = Date.from(clock.instant().minus(Duration.ofSeconds(leaseSeconds)));
                // a plain document, not Filters.and: the wire server answers it from the _id index
                return collections.idempotency().updateOne(new Document("_id", subject + "|" + key)
                                .append("completed", false).append("request", request)
                                .append("startedAt", new Document("$lt", leaseEnd)),
                        Updates.combine(Updates.set("startedAt", now), Updates.set("createdAt", now)))
                        .getModifiedCount() == 1;
            }
        });
    }

    @Override
    public Uni<StoredKey> find(String subject, String key) {
        return Uni.createFrom().item(() -> {
            Document stored = collections.idempotency().find(id(subject, key)).first();
            if (stored == null) {
                return null;
            }
            StoredAnswer answer = Boolean.TRUE.equals(stored.getBoolean("completed"))
                    ? new StoredAnswer(stored.getInteger("status"), stored.getString("body"),
                            stored.getString("location"), stored.getString("etag"))
                    : null;
            return new StoredKey(stored.getString("request"), answer);
        });
    }

    @Override
    public Uni<Void> complete(String subject, String key, StoredAnswer answer) {
        return Uni.createFrom().item(() -> collections.idempotency().updateOne(id(subject, key), Updates.combine(
                Updates.set("completed", true),
                Updates.set("status", answer.status()),
                Updates.set("body", answer.body()),
                Updates.set("etag", answer.etag()),
                Updates.set("location", answer.location())))).replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String subject, String key) {
        return Uni.createFrom().item(() -> collections.idempotency()
                .deleteOne(new Document("_id", subject + "|" + key).append("completed", false))).replaceWithVoid();
    }
}
