package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * City staff of one province watching its round: the status matrix and the indicator roll-up every
 * second, each poll conditional on the answer before (If-None-Match, as a browser revalidates an
 * answer marked {@code no-cache}); a 304 is recorded as its own operation. Remembers when each unit
 * first showed as submitted.
 */
final class MatrixWatcher implements Runnable {

    private static final int NOT_MODIFIED = 304;
    private static final Set<String> SUBMITTED = Set.of("SUBMITTED_ON_TIME", "SUBMITTED_LATE", "RETURNED",
            "RESUBMITTED", "ACCEPTED");

    private final Http http;
    private final String gateway;
    private final String roundId;
    private final String token;
    private final Stats stats;
    private final long periodMillis;
    private final Map<String, Long> visibleAt = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile String statusTag;
    private volatile String rollupTag;

    MatrixWatcher(Http http, String gateway, String roundId, String token, Stats stats, long periodMillis) {
        this.http = http;
        this.gateway = gateway;
        this.roundId = roundId;
        this.token = token;
        this.stats = stats;
        this.periodMillis = periodMillis;
    }

    @Override
    public void run() {
        while (running) {
            long tick = System.currentTimeMillis();
            poll();
            PlatformSetup.sleep(Math.max(0, periodMillis - (System.currentTimeMillis() - tick)));
        }
    }

    /** One look at the matrix and the roll-up. */
    void poll() {
        pollStatus();
        try {
            long start = System.nanoTime();
            Http.Reply rollup = http.send("GET", base() + "/indicators?unitValues=false", token, null, null,
                    conditional(rollupTag));
            if (rollup.status() == NOT_MODIFIED) {
                stats.record("indicator roll-up, not modified", start, null);
                return;
            }
            stats.record("indicator roll-up", start, rollup);
            rollupTag = rollup.ok() ? rollup.header("ETag") : null;
        } catch (RuntimeException e) {
            stats.error("indicator roll-up", e.getMessage());
        }
    }

    /** One look at the status matrix only. */
    void pollStatus() {
        try {
            long start = System.nanoTime();
            Http.Reply status = http.send("GET", base() + "/status", token, null, null, conditional(statusTag));
            long answeredAt = System.nanoTime();
            if (status.status() == NOT_MODIFIED) {
                stats.record("status matrix, not modified", start, null);
                return;
            }
            stats.record("status matrix", start, status);
            statusTag = status.ok() ? status.header("ETag") : null;
            if (status.ok()) {
                for (JsonNode row : status.json().path("units")) {
                    if (SUBMITTED.contains(row.path("status").asText())) {
                        visibleAt.putIfAbsent(row.path("unitCode").asText(), answeredAt);
                    }
                }
            }
        } catch (RuntimeException e) {
            stats.error("status matrix", e.getMessage());
        }
    }

    private static Map<String, String> conditional(String tag) {
        return tag == null ? Map.of() : Map.of("If-None-Match", tag);
    }

    private String base() {
        return gateway + "/api/v1/aggregation/rounds/" + roundId;
    }

    int visibleCount() {
        return visibleAt.size();
    }

    Long visibleAt(String unitCode) {
        return visibleAt.get(unitCode);
    }

    void stop() {
        running = false;
    }
}
