package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The deadline-day benchmark: every unit of the scenario creates a realistic draft and submits it
 * through the gateway while each province's city staff watch the status matrix; then the same
 * servers' raw baselines. See the README's Benchmarks section.
 */
public final class DeadlineDayBench {

    /**
     * A burst's sampled units probe their own row this often: under a burst the delay is seconds, and
     * at 50 ms the probes were a quarter of the burst's requests (their CPU is taken from the platform).
     */
    private static final long PROBE_MILLIS = 250;
    private static final long STEADY_PROBE_MILLIS = 20;
    /** After a warm-up the consumers drain its events before the burst starts. */
    private static final long WARMUP_SETTLE_MILLIS = 20_000;

    private final BenchConfig config;
    private final Http http = new Http();
    private final Stats stats = new Stats();
    private final KeycloakAdmin keycloak;
    private final PlatformSetup setup;

    /** A province's round as the bench drives it. */
    record ProvinceRun(UnitList.Province province, String adminToken, JsonNode round, MatrixWatcher watcher) {
        String roundId() {
            return round.path("roundId").asText();
        }
    }

    private DeadlineDayBench(BenchConfig config) {
        this.config = config;
        this.keycloak = new KeycloakAdmin(http, config);
        this.setup = new PlatformSetup(http, config);
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.parse(args);
        String command = "bench/run.sh " + String.join(" ", args);
        if (config.scenario().equals("wide-round")) {
            new WideRoundBench(config).run(command);
        } else {
            new DeadlineDayBench(config).run(command);
        }
        System.exit(0);
    }

    private void run(String command) throws Exception {
        String loadAtStart = MachineLoad.now();
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
        Map<String, UnitList.Province> all = UnitList.read(config.units());
        List<UnitList.Province> provinces = config.scenario().equals("national") ? List.copyOf(all.values())
                : List.of(all.get("31"));
        int units = provinces.stream().mapToInt(p -> p.communeCodes().size()).sum();
        log("%d provinces, %d units, run %s", provinces.size(), units, runId);

        timed("Keycloak users", () -> createUsers(provinces));
        Map<String, String> adminTokens = new ConcurrentHashMap<>();
        provinces.forEach(p -> adminTokens.put(p.code(), keycloak.userToken(KeycloakAdmin.adminName(p.code()))));
        List<ProvinceRun> runs = new ArrayList<>();
        timed("units, plans and rounds", () -> parallel(provinces, 4, p -> {
            setup.importUnits(p, adminTokens.get(p.code()));
            JsonNode opened = setup.openRound(p, adminTokens.get(p.code()), runId);
            JsonNode round = setup.round(opened.path("roundId").asText(), adminTokens.get(p.code()));
            synchronized (runs) {
                runs.add(new ProvinceRun(p, adminTokens.get(p.code()), round, null));
            }
        }));
        Map<String, String> officerTokens = new ConcurrentHashMap<>();
        timed("officer tokens", () -> parallel(allUnits(provinces), 16,
                code -> officerTokens.put(code, keycloak.userToken(KeycloakAdmin.officerName(code)))));

        DraftFactory drafts = new DraftFactory(config.seeds());
        List<Task> tasks = new ArrayList<>();
        List<ProvinceRun> watched = new ArrayList<>();
        for (ProvinceRun run : runs) {
            MatrixWatcher watcher = new MatrixWatcher(http, config.gateway(), run.roundId(), run.adminToken(), stats, 1000);
            watched.add(new ProvinceRun(run.province(), run.adminToken(), run.round(), watcher));
            for (String code : run.province().communeCodes()) {
                tasks.add(new Task(run.roundId(), code, officerTokens.get(code),
                        drafts.draft(run.round(), code, code.hashCode()), watcher));
            }
        }
        Results results = new Results(config, command, units);
        if (config.warmup() > 0) {
            warmUp(runs, drafts, runId, results);
        }
        String loadBefore = MachineLoad.now();
        if (config.scenario().equals("steady")) {
            steady(tasks, results);
        } else {
            burst(tasks, watched, results);
        }
        String loadAfter = MachineLoad.now();
        results.line("- load average (1/5/15 min) at bench start (platform idle): " + loadAtStart + "; before the "
                + config.scenario() + " phase: " + loadBefore + "; after it: " + loadAfter + " ("
                + MachineLoad.verdict(loadAtStart) + ")");
        config.note().ifPresent(note -> results.line("- note: " + note));
        baselines(tasks, results);
        results.finish(stats, config.results());
    }

    /** One unit's part: its round, token, draft and the watcher of its province. */
    record Task(String roundId, String unitCode, String token, Map<String, Object> content, MatrixWatcher watcher) {
    }

    /**
     * Sends {@code --warmup} pairs, spread over the provinces, into rounds of their own, so that the
     * measured burst meets JVMs that have compiled their hot code, as on a deadline afternoon. The
     * warm-up's officers use tokens of their own: the burst's tokens stay unseen by the services.
     */
    private void warmUp(List<ProvinceRun> runs, DraftFactory drafts, String runId, Results results) {
        int perProvince = Math.max(1, (config.warmup() + runs.size() - 1) / runs.size());
        List<Task> warmTasks = new ArrayList<>();
        timed("warm-up rounds", () -> parallel(runs, 4, run -> {
            JsonNode opened = setup.openRound(run.province(), run.adminToken(), runId + "w");
            JsonNode round = setup.round(opened.path("roundId").asText(), run.adminToken());
            List<Task> province = run.province().communeCodes().stream().limit(perProvince)
                    .map(code -> new Task(round.path("roundId").asText(), code,
                            keycloak.userToken(KeycloakAdmin.officerName(code)), drafts.draft(round, code, code.hashCode()), null))
                    .toList();
            synchronized (warmTasks) {
                warmTasks.addAll(province);
            }
        }));
        Stats warmStats = new Stats();
        Submitter submitter = new Submitter(http, config.gateway(), warmStats);
        long start = System.nanoTime();
        parallel(warmTasks, config.concurrency(),
                t -> submitter.createAndSubmit(t.roundId(), t.unitCode(), t.token(), t.content()));
        double seconds = (System.nanoTime() - start) / 1e9;
        log("warm-up of %d pairs in %.1f s, %d errors", warmTasks.size(), seconds, warmStats.totalErrors());
        PlatformSetup.sleep(WARMUP_SETTLE_MILLIS);
        results.line(String.format("- warm-up: %d create+submit pairs (%d per province) in rounds of their own, %.1f s, %d errors;"
                + " then %d s for the pipeline to settle; not counted below", warmTasks.size(), perProvince, seconds,
                warmStats.totalErrors(), WARMUP_SETTLE_MILLIS / 1000));
    }

    private void burst(List<Task> tasks, List<ProvinceRun> runs, Results results) throws Exception {
        ExecutorService watchers = Executors.newFixedThreadPool(runs.size());
        runs.forEach(r -> watchers.submit(r.watcher()));
        Submitter submitter = new Submitter(http, config.gateway(), stats);
        Map<Task, Long> submittedAt = new ConcurrentHashMap<>();
        int sampleEvery = Math.max(1, tasks.size() / config.freshnessSamples());
        Set<Task> sampled = new HashSet<>();
        for (int i = 0; i < tasks.size(); i += sampleEvery) {
            sampled.add(tasks.get(i));
        }
        FreshnessProbe probe = new FreshnessProbe(http, config.gateway(), stats, PROBE_MILLIS,
                "freshness (" + PROBE_MILLIS + " ms probe)");
        ExecutorService probes = Executors.newFixedThreadPool(sampled.size());
        PipelineBacklog backlog = new PipelineBacklog(config.kafka(), config.submissionMetrics());
        Thread backlogThread = new Thread(backlog, "pipeline-backlog");
        backlogThread.start();
        log("burst of %d pairs starts", tasks.size());
        long start = System.nanoTime();
        parallel(tasks, config.concurrency(), t -> {
            Submitter.Outcome outcome = submitter.createAndSubmit(t.roundId(), t.unitCode(), t.token(), t.content());
            if (outcome.submittedAtNanos() > 0) {
                submittedAt.put(t, outcome.submittedAtNanos());
                if (sampled.contains(t)) {
                    probes.submit(() -> probe.probe(t.roundId(), t.unitCode(), t.token(), outcome.submittedAtNanos()));
                }
            }
        });
        long lastSubmit = System.nanoTime();
        double seconds = (lastSubmit - start) / 1e9;
        log("burst of %d pairs in %.1f s; waiting for the status matrices", tasks.size(), seconds);
        long deadline = System.currentTimeMillis() + config.pollSeconds() * 1000L;
        while (visibleOf(submittedAt.keySet()) < submittedAt.size() && System.currentTimeMillis() < deadline) {
            PlatformSetup.sleep(200);
        }
        runs.forEach(r -> r.watcher().stop());
        backlog.stop();
        watchers.shutdown();
        watchers.awaitTermination(10, TimeUnit.SECONDS);
        probes.shutdown();
        probes.awaitTermination(90, TimeUnit.SECONDS);
        long lastVisible = submittedAt.keySet().stream().map(t -> t.watcher().visibleAt(t.unitCode()))
                .filter(v -> v != null).mapToLong(Long::longValue).max().orElse(lastSubmit);
        submittedAt.forEach((t, at) -> {
            Long seen = t.watcher().visibleAt(t.unitCode());
            if (seen != null) {
                stats.recordMicros("visible to city staff (1 s polling)", Math.max(1, (seen - at) / 1_000));
            }
        });
        results.line(String.format("- burst: %d create+submit pairs in %.1f s = %.1f pairs/s; %d accepted, %d errors",
                tasks.size(), seconds, tasks.size() / seconds, submittedAt.size(), stats.totalErrors()));
        long accepted = visibleOf(submittedAt.keySet());
        results.line(String.format("- visible in the status matrices: %d of the %d accepted (%d units in all, counting"
                + " submits that timed out at the gateway but went through); the last one %.1f s after the last submit",
                accepted, submittedAt.size(), visible(runs), Math.max(0, lastVisible - lastSubmit) / 1e9));
        results.line(String.format("- submissions/s through the platform: %.1f", submittedAt.size() / seconds));
        backlogThread.join(10_000);
        results.line(backlogLine(backlog.samples(), seconds));
        results.line(String.format("- freshness: %d sampled units (every %d-th) probe their own status-matrix row every %d ms"
                + " from the submit's answer; `visible to city staff` is the same delay seen by the province admins' 1 s polling",
                sampled.size(), sampleEvery, PROBE_MILLIS));
    }

    /**
     * Where the events waited: the largest backlog of each stage and what was left at the last submit
     * (sampling ends when the last report is visible, which the line before gives).
     */
    static String backlogLine(List<PipelineBacklog.Sample> samples, double burstSeconds) {
        if (samples.isEmpty()) {
            return "- pipeline backlog: not sampled (submission-service's metrics or the broker did not answer)";
        }
        PipelineBacklog.Sample pending = samples.stream().max(Comparator.comparingLong(PipelineBacklog.Sample::pending)).get();
        PipelineBacklog.Sample aggregation = samples.stream()
                .max(Comparator.comparingLong(PipelineBacklog.Sample::aggregationLag)).get();
        PipelineBacklog.Sample notification = samples.stream()
                .max(Comparator.comparingLong(PipelineBacklog.Sample::notificationLag)).get();
        PipelineBacklog.Sample atEnd = samples.stream().filter(s -> s.at() >= burstSeconds).findFirst()
                .orElse(samples.get(samples.size() - 1));
        return String.format("- pipeline backlog (sampled every 2 s from the burst's start): aggregates with unpublished"
                + " outbox events at most %d (at %.0f s), report records aggregation-service had not consumed at most %d"
                + " (at %.0f s), notification-service %d (at %.0f s); at the last submit %d / %d / %d",
                pending.pending(), pending.at(), aggregation.aggregationLag(), aggregation.at(),
                notification.notificationLag(), notification.at(), atEnd.pending(), atEnd.aggregationLag(),
                atEnd.notificationLag());
    }

    private void steady(List<Task> tasks, Results results) throws Exception {
        Submitter submitter = new Submitter(http, config.gateway(), stats);
        FreshnessProbe probe = new FreshnessProbe(http, config.gateway(), stats, STEADY_PROBE_MILLIS, "freshness");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(4, config.rate() * 2));
        long intervalNanos = 1_000_000_000L / config.rate();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Task task = tasks.get(i);
            running.add(pool.submit(() -> submitAndProbe(submitter, probe, task)));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        results.line(String.format("- steady: %d submissions paced at %d/s over %.1f s; %d errors", tasks.size(),
                config.rate(), seconds, stats.totalErrors()));
        results.line("- freshness: from the submit's answer to the unit's own status-matrix row showing it, probed every " + STEADY_PROBE_MILLIS + " ms");
    }

    private void submitAndProbe(Submitter submitter, FreshnessProbe probe, Task task) {
        Submitter.Outcome outcome = submitter.createAndSubmit(task.roundId(), task.unitCode(), task.token(), task.content());
        if (outcome.submittedAtNanos() > 0) {
            probe.probe(task.roundId(), task.unitCode(), task.token(), outcome.submittedAtNanos());
        }
    }

    private void baselines(List<Task> tasks, Results results) {
        List<String> documents = tasks.stream().map(t -> Http.toJson(Map.of("roundId", t.roundId(),
                "unitCode", t.unitCode(), "content", t.content()))).toList();
        double inserts = Baselines.mongoInsertsPerSecond(config.mongo(), documents);
        Baselines.kafkaRoundTrips(config.kafka(), 500, stats);
        results.line(String.format("- baseline: plain driver insert loop of the same %d documents into the same MongoDB: %.1f inserts/s",
                documents.size(), inserts));
        results.line("- baseline: Kafka produce→consume round trips on the same broker: see `kafka round trip` below");
    }

    private static long visibleOf(Set<Task> tasks) {
        return tasks.stream().filter(t -> t.watcher().visibleAt(t.unitCode()) != null).count();
    }

    private static int visible(List<ProvinceRun> runs) {
        return runs.stream().mapToInt(r -> r.watcher().visibleCount()).sum();
    }

    private void createUsers(List<UnitList.Province> provinces) {
        keycloak.prepareRealm();
        provinces.forEach(p -> keycloak.ensureCityAdmin(p.code()));
        keycloak.ensureOfficers(allUnits(provinces));
    }

    private static List<String> allUnits(List<UnitList.Province> provinces) {
        return provinces.stream().flatMap(p -> p.communeCodes().stream()).toList();
    }

    private static <T> void parallel(List<T> items, int threads, Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.accept(item))));
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void timed(String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        log("%s: %.1f s", what, (System.nanoTime() - start) / 1e9);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
