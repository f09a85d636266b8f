package vn.nq57.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings from {@code --name value} arguments, with the local platform's defaults.
 *
 * @param scenario    {@code haiphong} (province 31), {@code national} (every province), {@code steady}
 *                    (a paced run that measures freshness) or {@code wide-round} (reads of one 3,321-unit round)
 * @param concurrency how many unit officers act at once during a burst
 * @param rate        submissions per second in the steady scenario
 * @param indicators  catalogue size of the rounds the bench opens (the default 22 plus extra counts)
 * @param note        free text recorded with the results (e.g. what else ran on the machine)
 * @param freshnessSamples how many units of a burst probe their own row every 50 ms for the freshness figure
 * @param requests    wide-round: measured reads per endpoint and mode (after as many warm-up reads)
 * @param readers     wide-round: city staff reading at once in the concurrent mode
 * @param apiSubmits  wide-round: units that submit through the gateway (the rest of the round's reports are
 *                    published as submission-service's events)
 * @param warmup      burst scenarios: create+submit pairs sent in rounds of their own before the measured burst,
 *                    as a platform that has served the morning would have compiled its hot code (0: none)
 */
record BenchConfig(String scenario, String gateway, String keycloak, String realm, String client,
        String keycloakAdmin, String keycloakAdminPassword, String mongo, String kafka, String submissionMetrics,
        Path units, Path seeds,
        Path results, int concurrency, int rate, int indicators, int pollSeconds, int freshnessSamples, int requests, int readers, int apiSubmits, int warmup,
        Optional<String> note) {

    private static final Set<String> SCENARIOS = Set.of("haiphong", "national", "steady", "wide-round");

    static BenchConfig parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        String scenario = a.getOrDefault("scenario", "haiphong");
        if (!SCENARIOS.contains(scenario)) {
            throw new IllegalArgumentException("--scenario is one of " + SCENARIOS);
        }
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "0"));
        if (warmup < 0 || warmup > 0 && !Set.of("haiphong", "national").contains(scenario)) {
            throw new IllegalArgumentException("--warmup is a count of pairs (0 or more) for the haiphong and national bursts");
        }
        return new BenchConfig(scenario,
                a.getOrDefault("gateway", "http://127.0.0.1:8080"),
                a.getOrDefault("keycloak", "http://127.0.0.1:8180"),
                a.getOrDefault("realm", "nq57"),
                a.getOrDefault("client", "nq57-cli"),
                a.getOrDefault("keycloak-admin", "admin"),
                a.getOrDefault("keycloak-admin-password", "admin"),
                a.getOrDefault("mongo", "mongodb://127.0.0.1:27017"),
                a.getOrDefault("kafka", "127.0.0.1:9092"),
                a.getOrDefault("submission-metrics", "http://127.0.0.1:8082/q/metrics"),
                Path.of(a.getOrDefault("units", "../shared/data/vn-admin-units-2026.csv")),
                Path.of(a.getOrDefault("seeds", "../shared/seeds")),
                Path.of(a.getOrDefault("results", "docs/benchmarks.md")),
                Integer.parseInt(a.getOrDefault("concurrency", "32")),
                Integer.parseInt(a.getOrDefault("rate", "10")),
                Integer.parseInt(a.getOrDefault("indicators", "60")),
                Integer.parseInt(a.getOrDefault("poll-seconds", "300")),
                Integer.parseInt(a.getOrDefault("freshness-samples", "20")),
                Integer.parseInt(a.getOrDefault("requests", "200")),
                Integer.parseInt(a.getOrDefault("readers", "8")),
                Integer.parseInt(a.getOrDefault("api-submits", "5")),
                warmup,
                Optional.ofNullable(a.get("note")));
    }
}
