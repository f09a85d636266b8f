package vn.nq57.submission.importing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import vn.nq57.submission.support.MongoCollections;

/**
 * The extraction block of each imported draft, one document per report in {@code report-extractions}
 * (kept beside the report rather than in it, so the report's shape and its events do not change).
 * {@code versionAtImport} is the report's latest submitted version when it was imported: a later
 * version means the draft was submitted, and the block is then dropped (a tombstone remains).
 */
@ApplicationScoped
class ExtractionStore {

    /** A stored block; {@code json} is null once dropped. */
    record Stored(String json, int versionAtImport) {
    }

    @Inject
    MongoCollections collections;

    void save(UUID reportId, String json, int versionAtImport, String by, OffsetDateTime at) {
        collection().replaceOne(Filters.eq("_id", reportId.toString()), new Document("_id", reportId.toString())
                .append("json", json).append("versionAtImport", versionAtImport).append("importedBy", by)
                .append("importedAt", Date.from(at.toInstant())), new ReplaceOptions().upsert(true));
    }

    Optional<Stored> find(UUID reportId) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", reportId.toString())).first())
                .map(d -> new Stored(d.getString("json"), d.getInteger("versionAtImport", 0)));
    }

    /** Keeps only the fact that there was a block, so a later read can answer 410 rather than 404. */
    void drop(UUID reportId) {
        collection().updateOne(Filters.eq("_id", reportId.toString()), Updates.unset("json"));
    }

    private MongoCollection<Document> collection() {
        return collections.database().getCollection("report-extractions");
    }
}
