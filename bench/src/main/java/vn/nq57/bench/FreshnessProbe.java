package vn.nq57.bench;

/**
 * Freshness as a unit officer sees it: from the submit's answer to the unit's own status-matrix row
 * showing it, asked every {@code periodMillis} (one small row per request, so a fine period costs
 * the platform little).
 */
final class FreshnessProbe {

    private final Http http;
    private final String gateway;
    private final Stats stats;
    private final long periodMillis;
    private final String operation;

    FreshnessProbe(Http http, String gateway, Stats stats, long periodMillis, String operation) {
        this.http = http;
        this.gateway = gateway;
        this.stats = stats;
        this.periodMillis = periodMillis;
        this.operation = operation;
    }

    /** Probes until the unit shows as submitted (records the delay) or 60 s pass (records an error). */
    void probe(String roundId, String unitCode, String token, long submittedAtNanos) {
        MatrixWatcher own = new MatrixWatcher(http, gateway, roundId, token, new Stats(), periodMillis);
        long until = System.currentTimeMillis() + 60_000;
        while (own.visibleAt(unitCode) == null && System.currentTimeMillis() < until) {
            own.pollStatus();
            if (own.visibleAt(unitCode) == null) {
                PlatformSetup.sleep(periodMillis);
            }
        }
        Long seen = own.visibleAt(unitCode);
        if (seen == null) {
            stats.error(operation, unitCode + " not visible within 60 s");
        } else {
            stats.recordMicros(operation, Math.max(1, (seen - submittedAtNanos) / 1_000));
        }
    }
}
