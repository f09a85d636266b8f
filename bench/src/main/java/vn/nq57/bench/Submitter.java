package vn.nq57.bench;

import java.util.Map;
import java.util.UUID;

/** One unit officer creating a draft and submitting it, each write with its own Idempotency-Key. */
final class Submitter {

    /** When the submit was answered (System.nanoTime), or -1 when it failed. */
    record Outcome(String unitCode, long submittedAtNanos) {
    }

    private final Http http;
    private final String gateway;
    private final Stats stats;

    Submitter(Http http, String gateway, Stats stats) {
        this.http = http;
        this.gateway = gateway;
        this.stats = stats;
    }

    Outcome createAndSubmit(String roundId, String unitCode, String token, Map<String, Object> content) {
        Map<String, Object> body = Map.of("roundId", roundId, "unitCode", unitCode, "content", content);
        long start = System.nanoTime();
        Http.Reply created;
        try {
            created = http.postJson(gateway + "/api/v1/reports", token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        } catch (RuntimeException e) {
            stats.error("create", e.getMessage());
            return new Outcome(unitCode, -1);
        }
        stats.record("create", start, created);
        if (!created.ok()) {
            return new Outcome(unitCode, -1);
        }
        String reportId = created.json().path("reportId").asText();
        start = System.nanoTime();
        Http.Reply submitted;
        try {
            submitted = http.send("POST", gateway + "/api/v1/reports/" + reportId + "/submit", token, null, null,
                    Map.of("If-Match", created.header("ETag"), "Idempotency-Key", UUID.randomUUID().toString()));
        } catch (RuntimeException e) {
            stats.error("submit", e.getMessage());
            return new Outcome(unitCode, -1);
        }
        stats.record("submit", start, submitted);
        return new Outcome(unitCode, submitted.ok() ? System.nanoTime() : -1);
    }
}
