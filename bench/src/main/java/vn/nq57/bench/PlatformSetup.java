package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings a province to the start line through the gateway, as its city admin would: imports its
 * units, issues a plan and opens a round for every commune-level unit.
 */
final class PlatformSetup {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Http http;
    private final BenchConfig config;

    PlatformSetup(Http http, BenchConfig config) {
        this.http = http;
        this.config = config;
    }

    void importUnits(UnitList.Province province, String adminToken) {
        http.send("POST", api("/units/import"), adminToken, "text/csv", province.csv(), Map.of())
                .expectOk("unit import of " + province.code());
    }

    /** Issues a plan of the province and opens a round on it; waits until submission-service knows both. */
    JsonNode openRound(UnitList.Province province, String adminToken, String runId) {
        return openRound(province, adminToken, runId, true);
    }

    /**
     * As {@link #openRound(UnitList.Province, String, String)}; without {@code listUnits} the round
     * requires every active commune-level unit submission-service knows in the province (a round
     * lists at most 1,000 units).
     */
    JsonNode openRound(UnitList.Province province, String adminToken, String runId, boolean listUnits) {
        String planId = issuePlan(province.code(), adminToken, runId);
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("planId", planId);
        round.put("title", "Báo cáo kết quả thực hiện kế hoạch tuyên truyền Nghị quyết 57-NQ/TW (bench " + runId + ")");
        round.put("request", Map.of("numberSymbol", runNumber(runId) + "/SKHCN-TTTT",
                "issuedOn", LocalDate.now(VIETNAM).toString(), "issuer", "Sở Khoa học và Công nghệ"));
        round.put("period", Map.of("kind", "YEAR", "year", LocalDate.now(VIETNAM).getYear()));
        round.put("dueAt", OffsetDateTime.now(VIETNAM).plusDays(3).withNano(0).toString());
        round.put("resubmissionDays", 3);
        if (listUnits) {
            round.put("unitCodes", province.communeCodes());
        }
        if (config.indicators() > 0) {
            round.put("indicators", catalogue(adminToken));
        }
        Http.Reply reply = retry("open a round for " + province.code(),
                () -> http.postJson(api("/rounds"), adminToken, round, Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        return reply.json();
    }

    JsonNode round(String roundId, String token) {
        return http.get(api("/rounds/" + roundId), token).expectOk("round " + roundId).json();
    }

    private String issuePlan(String provinceCode, String adminToken, String runId) {
        Map<String, Object> plan = Map.of("unitCode", provinceCode, "year", LocalDate.now(VIETNAM).getYear(),
                "title", "Kế hoạch tuyên truyền Nghị quyết 57-NQ/TW (bench " + runId + ")");
        Http.Reply created = retry("create a plan for " + provinceCode,
                () -> http.postJson(api("/plans"), adminToken, plan, Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        String id = created.json().path("id").asText(created.json().path("planId").asText());
        Map<String, Object> issue = Map.of("numberSymbol", runNumber(runId) + "/KH-UBND",
                "issuedOn", LocalDate.now(VIETNAM).toString());
        http.send("POST", api("/plans/" + id + "/issue"), adminToken, "application/json", Http.toJson(issue),
                Map.of("If-Match", created.header("ETag"))).expectOk("issue plan " + id);
        return id;
    }

    /** The default catalogue, extended with count indicators up to the configured size. */
    private List<JsonNode> catalogue(String token) {
        JsonNode template = http.get(api("/templates/default"), token).expectOk("default template").json();
        List<JsonNode> indicators = new ArrayList<>();
        template.path("indicators").forEach(indicators::add);
        for (int i = indicators.size() + 1; i <= config.indicators(); i++) {
            indicators.add(Http.JSON.valueToTree(Map.of("code", String.format("BENCH_COUNT_%02d", i),
                    "name", "Chỉ tiêu đếm bổ sung " + i, "unitOfMeasure", "lượt", "kind", "COUNT",
                    "aggregation", "SUM")));
        }
        return indicators;
    }

    /** Retries while the platform is still learning of what was just created (events in flight). */
    private static Http.Reply retry(String what, java.util.function.Supplier<Http.Reply> call) {
        long until = System.currentTimeMillis() + 120_000;
        Http.Reply reply = call.get();
        while (!reply.ok() && System.currentTimeMillis() < until && reply.status() != 401 && reply.status() != 403) {
            sleep(1000);
            reply = call.get();
        }
        return reply.expectOk(what);
    }

    private static String runNumber(String runId) {
        return String.valueOf(Math.abs(runId.hashCode()) % 90_000 + 10_000);
    }

    private String api(String path) {
        return config.gateway() + "/api/v1" + path;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
