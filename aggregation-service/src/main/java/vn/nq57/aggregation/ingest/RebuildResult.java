package vn.nq57.aggregation.ingest;

/**
 * What a rebuild read and did.
 *
 * @param eventsRead every record replayed from the four topics
 * @param applied    events that changed the read models
 * @param stale      events older than what was already held
 * @param duplicates events already applied (the same id twice on a topic, or applied live meanwhile)
 * @param skipped    unknown types and malformed records
 */
public record RebuildResult(int eventsRead, int applied, int stale, int duplicates, int skipped) {
}
