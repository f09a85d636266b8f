package vn.nq57.gateway.deadletter;

import java.util.List;

/**
 * One page of parked records, ordered by dead-letter topic, partition and offset.
 *
 * @param total  records on the listed topics (offsets between the oldest kept and the newest)
 * @param offset how many records of that order this page skipped
 */
public record ParkedPage(long total, long offset, int limit, List<String> topics, List<ParkedRecord> items) {
}
