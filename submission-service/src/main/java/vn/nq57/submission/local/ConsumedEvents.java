package vn.nq57.submission.local;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import org.bson.Document;
import vn.nq57.submission.support.MongoCollections;

/**
 * Ids of the events the local copies have applied (kept for a while by a TTL index), so that a
 * replayed record, e.g. one re-published from a dead-letter topic, is applied once.
 */
@ApplicationScoped
public class ConsumedEvents {

    @Inject
    MongoCollections collections;

    public boolean seen(String eventId) {
        return collections.consumedEvents().find(Filters.eq("_id", eventId)).first() != null;
    }

    public void remember(String eventId, String topic) {
        try {
            collections.consumedEvents().insertOne(new Document("_id", eventId).append("topic", topic)
                    .append("at", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
