package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The reads of one 3,321-unit round (issue 11: status matrix and indicator roll-up, p95 &lt; 50 ms).
 *
 * <p>A round requires the active commune-level units of its plan's province, and no real province
 * has more than a few hundred. So the bench imports a synthetic province {@value #PROVINCE} ("bench
 * toàn quốc", a code no real province uses) holding one unit for every commune-level unit of the
 * official list, under bench-only codes {@value #FIRST_CODE}… (names and xã/phường/đặc khu types kept),
 * through the gateway as its city admin would, then issues a plan and opens a round that lists no
 * units, so that it requires all 3,321 of them.
 *
 * <p>The round's reports: all but {@code --api-submits} are published to {@code nq57.reports.v1} as
 * the {@code report.submitted} events submission-service's outbox relay publishes for a submit
 * (same envelope, key {@code roundId:unitCode}, headers, payload with 60 indicator values and the
 * section texts), because 3,321 officers' logins and create+submit pairs through the gateway take
 * 8–10 minutes of set-up on this machine and measure the write path, not these reads (the
 * {@code national} scenario measures that). The remaining units create and submit through the
 * gateway during the run, and the city's full matrix is probed for them (freshness of the cached
 * views). Then each endpoint is read through the gateway with the province admin's token: warm-up,
 * {@code --requests} one at a time, then as many by {@code --readers} readers at once.
 */
final class WideRoundBench {

    static final String PROVINCE = "99";
    static final int FIRST_CODE = 90000;
    private static final String REPORTS_TOPIC = "nq57.reports.v1";

    private final BenchConfig config;
    private final Http http = new Http();
    private final Stats stats = new Stats();
    private final KeycloakAdmin keycloak;
    private final PlatformSetup setup;
    private final Map<String, String> sizes = new LinkedHashMap<>();
    private static final int READER_ACCOUNTS = 40;
    private final List<String> readerTokens = new ArrayList<>();
    private final AtomicInteger nextReader = new AtomicInteger();

    WideRoundBench(BenchConfig config) {
        this.config = config;
        this.keycloak = new KeycloakAdmin(http, config);
        this.setup = new PlatformSetup(http, config);
    }

    void run(String command) throws Exception {
        String loadAtStart = MachineLoad.now();
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
        UnitList.Province wide = province();
        int units = wide.communeCodes().size();
        List<String> viaApi = wide.communeCodes().subList(units - Math.min(config.apiSubmits(), units), units);
        log("synthetic province %s: %d units; %d of them submit through the gateway", PROVINCE, units, viaApi.size());

        keycloak.prepareRealm();
        keycloak.ensureCityAdmin(PROVINCE);
        keycloak.ensureOfficers(viaApi);
        String admin = keycloak.userToken(KeycloakAdmin.adminName(PROVINCE));
        // the gateway allows each account 20 requests/s (burst 120): the reads rotate over many city staff
        for (int i = 0; i < READER_ACCOUNTS; i++) {
            keycloak.ensureReader(PROVINCE, i);
            readerTokens.add(keycloak.userToken(KeycloakAdmin.readerName(PROVINCE, i)));
        }
        long start = System.nanoTime();
        setup.importUnits(wide, admin);
        JsonNode round = openWideRound(wide, admin, runId, units);
        String roundId = round.path("roundId").asText();
        log("units imported and round %s opened for %d units: %.1f s", roundId, units, secondsSince(start));
        awaitStatus(roundId, admin, 0);

        start = System.nanoTime();
        DraftFactory drafts = new DraftFactory(config.seeds());
        int published = publishReports(round, wide.communeCodes().subList(0, units - viaApi.size()), drafts);
        double publishSeconds = secondsSince(start);
        awaitStatus(roundId, admin, published);
        double appliedSeconds = secondsSince(start);
        log("%d report.submitted events published in %.1f s, all in the status matrix after %.1f s", published,
                publishSeconds, appliedSeconds);

        Results results = new Results(config, command, units);
        results.line(String.format("- round: synthetic province %s holding all %d commune-level units of the official list"
                + " (bench codes %d–%d, real names and types), %d indicators", PROVINCE, units, FIRST_CODE,
                FIRST_CODE + units - 1, round.path("indicators").size()));
        results.line(String.format("- reports: %d `report.submitted` events published to %s as submission-service publishes"
                + " them (%.1f s); aggregation-service had applied all of them %.1f s after the first was sent"
                + " (%.0f events/s)", published, REPORTS_TOPIC, publishSeconds, appliedSeconds, published / appliedSeconds));
        String loadBefore = MachineLoad.now();
        submitThroughGateway(roundId, round, viaApi, admin, drafts);
        String base = config.gateway() + "/api/v1/aggregation/rounds/" + roundId;
        measure("status matrix", base + "/status", config.requests());
        measure("indicator roll-up (city totals)", base + "/indicators?unitValues=false", config.requests());
        measure("indicator roll-up (with unit values)", base + "/indicators", Math.max(5, config.requests() / 40));
        String loadAfter = MachineLoad.now();

        results.line("- reads: through the gateway, rotating over " + READER_ACCOUNTS + " city staff accounts of the province"
                + " (the gateway allows each account 20 requests/s); per endpoint " + config.requests()
                / 4 + " warm-up reads, then `seq`: " + config.requests() + " one at a time, then `x" + config.readers()
                + "`: as many by " + config.readers() + " readers at once (the full roll-up with unit values: a fortieth"
                + " as many), each also with `Accept-Encoding: gzip`");
        sizes.forEach((what, size) -> results.line("- response size, " + what + ": " + size));
        results.line("- freshness: " + viaApi.size() + " units create and submit through the gateway after the others'"
                + " events are applied; from the submit's answer to the city's full status matrix showing it,"
                + " probed every 50 ms (the gateway's per-account rate limit is 20/s)");
        results.line("- load average (1/5/15 min) at bench start (platform idle): " + loadAtStart + "; before the reads: "
                + loadBefore + "; after them: " + loadAfter + " (" + MachineLoad.verdict(loadAtStart) + ")");
        config.note().ifPresent(note -> results.line("- note: " + note));
        results.finish(stats, config.results());
    }

    /** Every commune-level unit of the official list, renumbered into the bench's own province. */
    private UnitList.Province province() {
        List<String> lines = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int next = FIRST_CODE;
        for (UnitList.Province real : UnitList.read(config.units()).values()) {
            for (String line : real.communeLines()) {
                String[] cells = line.split(",", -1);
                String code = String.valueOf(next++);
                lines.add(String.join(",", code, cells[1], cells[2], cells[3], PROVINCE));
                codes.add(code);
            }
        }
        String own = PROVINCE + ",Bench toàn quốc,Tỉnh bench toàn quốc (chỉ để đo hiệu năng),province,";
        return new UnitList.Province(PROVINCE, own, lines, codes);
    }

    /**
     * Opens the round without a unit list; while submission-service has not yet consumed every
     * unit's event the round would require fewer units, so such a round is closed and opened again.
     */
    private JsonNode openWideRound(UnitList.Province wide, String admin, String runId, int units) {
        long until = System.currentTimeMillis() + 300_000;
        for (int attempt = 1; ; attempt++) {
            // each attempt issues its own plan, under its own number
            JsonNode opened = setup.openRound(wide, admin, attempt == 1 ? runId : runId + "-" + attempt, false);
            int required = opened.path("requiredUnitCodes").size();
            if (required == units) {
                return setup.round(opened.path("roundId").asText(), admin);
            }
            String id = opened.path("roundId").asText();
            http.postJson(config.gateway() + "/api/v1/rounds/" + id + "/close", admin,
                    Map.of("note", "bench: opened before every unit was known (" + required + " of " + units + ")"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("The round requires " + required + " of " + units + " units after 5 min");
            }
            log("round required %d of %d units (units still in flight); closed it, trying again", required, units);
            PlatformSetup.sleep(10_000);
        }
    }

    /** Publishes one {@code report.submitted} event per unit, as submission-service's outbox relay would. */
    private int publishReports(JsonNode round, List<String> codes, DraftFactory drafts) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", config.kafka());
        props.put("acks", "all");
        props.put("linger.ms", "5");
        props.put("max.request.size", String.valueOf(1024 * 1024));
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        String roundId = round.path("roundId").asText();
        Map<String, String> titles = titles(round.path("outline"), new LinkedHashMap<>());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<?>> sent = new ArrayList<>();
            for (String code : codes) {
                String event = Http.toJson(envelope(round, code, drafts.draft(round, code, code.hashCode()), titles));
                ProducerRecord<String, String> record = new ProducerRecord<>(REPORTS_TOPIC, roundId + ":" + code, event);
                record.headers().add("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        return codes.size();
    }

    /** The CloudEvents envelope of EventCodec around a report snapshot of a first, on-time submit. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> envelope(JsonNode round, String unitCode, Map<String, Object> content,
            Map<String, String> titles) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", UUID.randomUUID().toString());
        report.put("roundId", round.path("roundId").asText());
        report.put("unitCode", unitCode);
        report.put("status", "SUBMITTED");
        report.put("version", 1);
        report.put("submittedAt", now);
        report.put("late", false);
        report.put("dueAt", round.path("dueAt").asText());
        report.put("numberSymbol", ((Map<String, Object>) content.get("header")).get("numberSymbol"));
        report.put("indicators", content.get("indicators"));
        report.put("difficulties", content.get("difficulties"));
        report.put("causes", content.get("causes"));
        report.put("recommendations", content.get("recommendations"));
        report.put("actor", "bench." + unitCode);
        report.put("revision", 2);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) content.get("sections")) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("code", s.get("code"));
            section.put("title", titles.get((String) s.get("code")));
            section.put("text", s.get("text"));
            sections.add(section);
        }
        report.put("sections", sections);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", "urn:nq57:submission-service");
        envelope.put("type", "vn.nq57.report.submitted");
        envelope.put("subject", round.path("roundId").asText() + ":" + unitCode);
        envelope.put("time", now);
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", "urn:nq57:schema:report.v1.json");
        envelope.put("data", report);
        return envelope;
    }

    private static Map<String, String> titles(JsonNode sections, Map<String, String> into) {
        for (JsonNode section : sections) {
            into.put(section.path("code").asText(), section.path("title").asText(null));
            titles(section.path("children"), into);
        }
        return into;
    }

    /** Waits (up to 10 min) until the round's status matrix answers with at least {@code submitted} submitted units. */
    private void awaitStatus(String roundId, String admin, int submitted) {
        long until = System.currentTimeMillis() + 600_000;
        String url = config.gateway() + "/api/v1/aggregation/rounds/" + roundId + "/status";
        while (System.currentTimeMillis() < until) {
            Http.Reply reply = http.get(url, admin);
            if (reply.ok() && reply.json().path("overall").path("submitted").asInt() >= submitted) {
                return;
            }
            PlatformSetup.sleep(1000);
        }
        throw new IllegalStateException("Round " + roundId + " did not show " + submitted + " submitted units within 10 min");
    }

    /** The last units create and submit through the gateway; the city's full matrix is probed for each. */
    private void submitThroughGateway(String roundId, JsonNode round, List<String> codes, String admin, DraftFactory drafts) {
        Submitter submitter = new Submitter(http, config.gateway(), stats);
        FreshnessProbe probe = new FreshnessProbe(http, config.gateway(), stats, 50, "freshness (city matrix, 50 ms probe)");
        for (String code : codes) {
            String token = keycloak.userToken(KeycloakAdmin.officerName(code));
            Submitter.Outcome outcome = submitter.createAndSubmit(roundId, code, token, drafts.draft(round, code, code.hashCode()));
            if (outcome.submittedAtNanos() > 0) {
                probe.probe(roundId, code, readerTokens.get(0), outcome.submittedAtNanos());
            }
        }
    }

    /** Warm-up, then {@code n} reads one at a time and {@code n} by the readers at once; plain and gzip. */
    private void measure(String what, String url, int n) throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Map<String, String> headers = gzip ? Map.of("Accept-Encoding", "gzip") : Map.of();
            String label = what + (gzip ? ", gzip" : "");
            for (int i = 0; i < Math.max(2, n / 4); i++) {
                read(null, url, headers, label);
            }
            for (int i = 0; i < n; i++) {
                read(label + ", seq", url, headers, label);
            }
            ExecutorService readers = Executors.newFixedThreadPool(config.readers());
            AtomicInteger left = new AtomicInteger(n);
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < config.readers(); r++) {
                running.add(readers.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        read(label + ", x" + config.readers(), url, headers, label);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            readers.shutdown();
        }
    }

    private void read(String operation, String url, Map<String, String> headers, String label) {
        String token = readerTokens.get(Math.floorMod(nextReader.getAndIncrement(), readerTokens.size()));
        long start = System.nanoTime();
        try {
            Http.Sized reply = http.getSized(url, token, headers);
            long micros = Math.max(1, (System.nanoTime() - start) / 1_000);
            if (reply.status() == 200) {
                sizes.putIfAbsent(label, String.format("%,d bytes (%s)", reply.bytes(), reply.encoding()));
            }
            if (operation == null) {
                return;
            }
            stats.recordMicros(operation, micros);
            if (reply.status() != 200) {
                stats.error(operation, "HTTP " + reply.status());
            }
        } catch (RuntimeException e) {
            if (operation != null) {
                stats.error(operation, e.getMessage());
            }
        }
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
