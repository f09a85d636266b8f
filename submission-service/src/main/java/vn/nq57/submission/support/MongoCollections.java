package vn.nq57.submission.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's MongoDB collections and their indexes. */
@ApplicationScoped
public class MongoCollections {

    public static final String ROUNDS = "rounds";
    public static final String REPORTS = "reports";

    @Inject
    MongoClient client;

    @ConfigProperty(name = "nq57.mongodb.database", defaultValue = "submission")
    String databaseName;

    /**
     * Runs before the service's other startup observers (the outbox relay's first pass, the demo
     * data): the local wire server indexes a collection while it updates it without a lock, and
     * an update racing the creation of the unique {@code (_id, outboxCount)} index failed there
     * with a ConcurrentModificationException, which can leave a stale index entry behind.
     */
    void createIndexes(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        reports().createIndex(Indexes.ascending("roundId", "unitCode"), new IndexOptions().unique(true));
        reports().createIndex(Indexes.ascending("provinceCode", "status"));
        // Full-text search ($all on the folded words); a multikey index in MongoDB, ignored by the test server.
        reports().createIndex(Indexes.ascending("provinceCode", "searchTokens"));
        rounds().createIndex(Indexes.ascending("regimeId", "periodKey"));
        for (MongoCollection<Document> aggregates : java.util.List.of(rounds(), reports())) {
            // The outbox relay's only filters: due aggregates, and parked events by id.
            aggregates.createIndex(Indexes.ascending("outboxDueAt"), new IndexOptions().sparse(true));
            aggregates.createIndex(Indexes.ascending("outboxParked.id"), new IndexOptions().sparse(true));
            // Unique by _id anyway; they let the wire server answer the relay's and the services'
            // conditional updates (_id + count, _id + revision) by index instead of a collection scan.
            aggregates.createIndex(Indexes.ascending("_id", "outboxCount"), new IndexOptions().unique(true));
            aggregates.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().unique(true));
        }
        consumedEvents().createIndex(Indexes.ascending("at"), new IndexOptions().expireAfter(14L, TimeUnit.DAYS));
        idempotency().createIndex(Indexes.ascending("createdAt"), new IndexOptions().expireAfter(2L, TimeUnit.DAYS));
    }

    /**
     * The filter of an optimistic update: a plain two-key document (not {@code Filters.and}, which
     * renders {@code $and}), so the wire server answers it from the unique {@code _id, revision}
     * index instead of scanning the collection.
     */
    public static Document byIdAndRevision(String id, long revision) {
        return new Document("_id", id).append("revision", revision);
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public MongoCollection<Document> rounds() {
        return database().getCollection(ROUNDS);
    }

    public MongoCollection<Document> reports() {
        return database().getCollection(REPORTS);
    }

    public MongoCollection<Document> regimes() {
        return database().getCollection("regimes");
    }

    public MongoCollection<Document> units() {
        return database().getCollection("units");
    }

    public MongoCollection<Document> plans() {
        return database().getCollection("plans");
    }

    /** Ids of consumed events (local copies), kept two weeks. */
    public MongoCollection<Document> consumedEvents() {
        return database().getCollection("consumed-events");
    }

    public MongoCollection<Document> idempotency() {
        return database().getCollection("idempotency");
    }

    public GridFSBucket attachments() {
        return GridFSBuckets.create(database(), "attachments");
    }
}
