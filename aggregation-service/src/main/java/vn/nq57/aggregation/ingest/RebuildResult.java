package vn.nq57.aggregation.ingest;

import java.util.List;

/**
 * What a rebuild read and did.
 *
 * @param eventsRead    every record replayed from the four topics
 * @param applied       events that changed the read models
 * @param stale         events older than what was already held
 * @param duplicates    events already applied (the same id twice on a topic, or applied live meanwhile)
 * @param skipped       unknown types and malformed records
 * @param failed        records the read models refused after bounded retries (the live consumers park
 *                      the same records on {@code <topic>.dlq}); the rebuild went on past them
 * @param failedRecords where the first {@value RebuildService#LISTED_FAILURES} failed records are, as
 *                      {@code topic-partition@offset}
 */
public record RebuildResult(int eventsRead, int applied, int stale, int duplicates, int skipped, int failed,
        List<String> failedRecords) {
}
