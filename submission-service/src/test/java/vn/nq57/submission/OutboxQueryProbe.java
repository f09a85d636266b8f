package vn.nq57.submission;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonArray;
import org.bson.BsonDocument;

/**
 * Watches the MongoDB wire traffic of the application (the Quarkus client registers every
 * {@link CommandListener} bean): for each relay query on {@code outboxDueAt} it counts the documents
 * of every reply of its cursor, so tests can prove that no query returns more than a batch.
 */
@Singleton
public class OutboxQueryProbe implements CommandListener {

    private final Map<Integer, Boolean> dueQueries = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> documentsPerCursor = new ConcurrentHashMap<>();
    private final Map<Integer, Long> getMores = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger largestQuery = new AtomicInteger();
    private final AtomicInteger largestReply = new AtomicInteger();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if ("find".equals(event.getCommandName()) && command.containsKey("filter")
                && command.getDocument("filter").containsKey("outboxDueAt")
                && command.getDocument("filter").get("outboxDueAt").isDocument()
                && command.getDocument("filter").getDocument("outboxDueAt").containsKey("$lte")) {
            dueQueries.put(event.getRequestId(), true);
        } else if ("getMore".equals(event.getCommandName())) {
            getMores.put(event.getRequestId(), command.getInt64("getMore").getValue());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (dueQueries.remove(event.getRequestId()) != null) {
            queries.incrementAndGet();
            BsonDocument cursor = event.getResponse().getDocument("cursor");
            int count = cursor.getArray("firstBatch").size();
            record(count, count);
            long id = cursor.getInt64("id").getValue();
            if (id != 0) {
                documentsPerCursor.put(id, new AtomicInteger(count));
            }
        } else if ("getMore".equals(event.getCommandName())) {
            Long id = getMores.remove(event.getRequestId());
            AtomicInteger total = id == null ? null : documentsPerCursor.get(id);
            if (total != null) {
                BsonArray batch = event.getResponse().getDocument("cursor").getArray("nextBatch");
                record(batch.size(), total.addAndGet(batch.size()));
            }
        }
    }

    private void record(int reply, int query) {
        largestReply.accumulateAndGet(reply, Math::max);
        largestQuery.accumulateAndGet(query, Math::max);
    }

    public void reset() {
        queries.set(0);
        largestQuery.set(0);
        largestReply.set(0);
    }

    public int queries() {
        return queries.get();
    }

    /** The most documents one due query returned over all replies of its cursor. */
    public int largestQuery() {
        return largestQuery.get();
    }

    /** The most documents in one wire reply of a due query. */
    public int largestReply() {
        return largestReply.get();
    }
}
