package vn.nq57.gateway.deadletter;

import java.util.List;

/** What a replay sent: the parked record's value and headers, again on its original topic. */
public record ReplayReceipt(
        String replayOf,
        String topic,
        int partition,
        long offset,
        String key,
        String eventId,
        List<String> headers) {
}
