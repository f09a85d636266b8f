package vn.nq57.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nq57.e2e.Api.asUser;
import static vn.nq57.e2e.Content.exact;
import static vn.nq57.e2e.Content.ratio;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nq57.contracts.events.Topics;
import vn.nq57.devstack.LocalPlatform;
import vn.nq57.testinfra.MailReader;

/**
 * Faults during a burst of submissions, through the gateway with real tokens: Kafka stops and comes
 * back, submission-service is SIGKILLed with committed but unpublished outbox events,
 * aggregation-service is SIGKILLed while it consumes, and the report and round topics are replayed
 * from their beginning. Afterwards every accepted submission is in the status matrix and counted once
 * in the roll-ups, no acceptance notice went out twice, nothing was dead-lettered, and every service is
 * ready again. Runs last (see junit-platform.properties): it restarts parts of the platform.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE)
class FaultToleranceTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String SUBMISSION = "submission-service";
    static final String AGGREGATION = "aggregation-service";
    static final List<String> UNITS = List.of("11242", "11446", "11914", "11674");
    static final Map<String, String> OFFICERS = Map.of("11242", "nlb.officer", "11446", "phulien.officer",
            "11914", "cathai.officer", "11674", "anhung.officer");
    static final int ROUNDS = 10;
    /** How long one request is retried through an outage before the suite gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    static final AtomicInteger attempts = new AtomicInteger();
    static final AtomicInteger failedAttempts = new AtomicInteger();
    static final AtomicInteger submitted = new AtomicInteger();
    static final AtomicInteger answerLost = new AtomicInteger();
    static int acceptedWhileBrokerDown;
    static int replayedRecords;
    static final Map<String, Duration> figures = new LinkedHashMap<>();

    final ExecutorService officers = Executors.newFixedThreadPool(UNITS.size());
    final LocalPlatform platform = PlatformExtension.platform();
    final TopicReplay kafka = new TopicReplay(PlatformExtension.endpoints().kafkaBootstrap());

    @AfterAll
    static void report() {
        System.out.printf("[faults] requests tried %d (retried after a 5xx, 409 in progress, 429 or no answer: %d); "
                + "submissions accepted %d of %d (committed without an answer: %d; accepted while Kafka was down and so "
                + "unpublished when submission-service was killed: %d); records replayed %d%n", attempts.get(),
                failedAttempts.get(), submitted.get(), ROUNDS * UNITS.size(), answerLost.get(), acceptedWhileBrokerDown,
                replayedRecords);
        figures.forEach((what, took) -> System.out.printf("[faults] %s: %.1f s%n", what, took.toMillis() / 1000.0));
    }

    @Test
    void noAcceptedSubmissionIsLostOrCountedTwiceThroughBrokerAndServiceCrashes() throws Exception {
        long started = System.nanoTime();
        // other classes may have parked records on purpose: none may be added during the faults
        long parkedReports = kafka.records(Topics.deadLetter(Topics.REPORTS));
        long parkedRounds = kafka.records(Topics.deadLetter(Topics.ROUNDS));
        String planId = issuePlan();
        registerEmailContacts();
        List<String> rounds = IntStream.range(0, ROUNDS).mapToObj(i -> openRound(planId, i)).toList();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> rounds.stream().allMatch(r -> asUser("hp.staff")
                        .get("/api/v1/aggregation/rounds/" + r + "/status").statusCode() == 200));
        figures.put("setup (plan, contacts, " + ROUNDS + " rounds)", since(started));

        // 1. aggregation-service is SIGKILLed while it consumes the first submissions, then restarted.
        long burstStarted = System.nanoTime();
        List<CompletableFuture<Void>> burst = new ArrayList<>(launch(rounds, 0, 3));
        awaitSubmitted(4);
        platform.kill(AGGREGATION);
        CompletableFuture<Duration> aggregationBack =
                CompletableFuture.supplyAsync(() -> timed(() -> platform.restart(AGGREGATION)));

        // 2. Kafka stops; submissions go on into the outbox; submission-service is SIGKILLed with them
        //    committed but unpublished; Kafka and submission-service come back.
        long kafkaDown = System.nanoTime();
        platform.stopKafka();
        int before = submitted.get();
        burst.addAll(launch(rounds, 3, 7));
        awaitSubmitted(before + 6);
        platform.kill(SUBMISSION);
        acceptedWhileBrokerDown = submitted.get() - before;
        figures.put("Kafka restart", timed(platform::restartKafka));
        figures.put("Kafka outage (stop to broker answering)", since(kafkaDown));
        figures.put("submission-service restart after SIGKILL", timed(() -> platform.restart(SUBMISSION)));
        figures.put("aggregation-service restart after SIGKILL", aggregationBack.get(5, TimeUnit.MINUTES));

        // 3. the rest of the burst on the recovered platform
        burst.addAll(launch(rounds, 7, ROUNDS));
        CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).get(PATIENCE.toMinutes() + 2, TimeUnit.MINUTES);
        assertEquals(ROUNDS * UNITS.size(), submitted.get(), "every submission of the burst was accepted in the end");
        figures.put("burst with the faults (first draft to last acceptance)", since(burstStarted));

        // 4. replay: every round and report event once more, to every consumer group
        long replayed = System.nanoTime();
        replayedRecords = kafka.republishFromBeginning(Topics.ROUNDS) + kafka.republishFromBeginning(Topics.REPORTS);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> kafka.lag(Topics.REPORTS).values().stream().allMatch(l -> l == 0)
                        && kafka.lag(Topics.ROUNDS).values().stream().allMatch(l -> l == 0));
        figures.put("replay consumed by every group", since(replayed));

        long recovered = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            assertRoundCountedOnce(rounds.get(i), i);
        }
        figures.put("status matrices and roll-ups exact (after the replay)", since(recovered));
        long mailed = System.nanoTime();
        assertEachAcceptanceMailedOnce();
        figures.put("acceptance e-mails all in, then no duplicate for 2.5 dispatch cycles", since(mailed));
        assertEquals(parkedReports, kafka.records(Topics.deadLetter(Topics.REPORTS)), "no report event was dead-lettered");
        assertEquals(parkedRounds, kafka.records(Topics.deadLetter(Topics.ROUNDS)), "no round event was dead-lettered");
        for (String service : List.of("plan", "submission", "aggregation", "notification")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> io.restassured.RestAssured.given().get("/api/v1/platform/health/" + service + "/ready")
                            .statusCode() == 200);
        }
        figures.put("checks after recovery", since(recovered));
        figures.put("whole suite", since(started));
        System.out.printf("[faults] survived 4 faults (aggregation SIGKILL, Kafka outage, submission SIGKILL, replay); "
                + "records lost 0, counted twice 0, notices sent twice 0 "
                + "(%d submissions in %d rounds checked)%n", submitted.get(), ROUNDS);
        officers.shutdownNow();
    }

    private void assertRoundCountedOnce(String round, int index) {
        JsonPath matrix = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> asUser("hp.staff").get("/api/v1/aggregation/rounds/" + round + "/status").jsonPath(),
                        m -> UNITS.stream().allMatch(u -> "ACCEPTED".equals(
                                m.getString("units.find { it.unitCode == '" + u + "' }.status"))));
        assertEquals(UNITS.size(), matrix.getInt("overall.submitted"), "round " + index);
        for (String basis : List.of("LATEST_SUBMITTED", "ACCEPTED")) {
            JsonPath rollup = asUser("hp.staff").queryParam("basis", basis)
                    .get("/api/v1/aggregation/rounds/" + round + "/indicators").then().statusCode(200).extract().jsonPath();
            String at = "round " + index + " (" + basis + ")";
            assertEquals(UNITS.size(), rollup.getInt(indicator("RADIO_BROADCASTS") + ".reportedBy"), at);
            assertEquals(sum(u -> radio(index, u)), rollup.getInt(indicator("RADIO_BROADCASTS") + ".total.value"), at);
            assertEquals(sum(u -> articles(index, u)), rollup.getInt(indicator("PORTAL_ARTICLES") + ".total.value"), at);
            assertEquals(sum(u -> numerator(index, u)),
                    rollup.getInt(indicator("ONLINE_DOSSIER_RATE") + ".total.numerator"), at);
            assertEquals(UNITS.size() * denominator(index),
                    rollup.getInt(indicator("ONLINE_DOSSIER_RATE") + ".total.denominator"), at);
        }
    }

    /** One "[Đã tiếp nhận]" email per unit and round, after the replay and a few dispatch cycles. */
    private void assertEachAcceptanceMailedOnce() throws InterruptedException {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> UNITS.stream().allMatch(u -> acceptanceMails(u).size() >= ROUNDS));
        // two and a half dispatch cycles: a duplicate would be out by now
        Thread.sleep(PlatformExtension.DISPATCH_EVERY.multipliedBy(5).dividedBy(2).toMillis());
        for (String unit : UNITS) {
            List<String> subjects = acceptanceMails(unit);
            for (int i = 0; i < ROUNDS; i++) {
                String number = "(" + requestNumber(i) + ")";
                assertEquals(1, subjects.stream().filter(s -> s.contains(number)).count(), unit + " " + number + ": " + subjects);
            }
        }
    }

    private static List<String> acceptanceMails(String unit) {
        return MailReader.inbox(PlatformExtension.endpoints().imapPort(), mailbox(unit)).stream()
                .map(MailReader.Mail::subject).filter(s -> s.startsWith("[Đã tiếp nhận]") && s.contains("/SKHCN-FAULT"))
                .toList();
    }

    // ---- the burst: each task drafts, submits and has the city accept one unit's report in one round

    private List<CompletableFuture<Void>> launch(List<String> rounds, int from, int to) {
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (int u = 0; u < UNITS.size(); u++) {
                int round = i;
                int unit = u;
                tasks.add(CompletableFuture.runAsync(() -> submitAndAccept(rounds.get(round), round, unit), officers));
            }
        }
        return tasks;
    }

    private void submitAndAccept(String round, int index, int u) {
        String unit = UNITS.get(u);
        String officer = OFFICERS.get(unit);
        Map<String, Object> content = Content.report(index + "/BC-FAULT", List.of(
                exact("RADIO_BROADCASTS", radio(index, u)), exact("PORTAL_ARTICLES", articles(index, u)),
                ratio("ONLINE_DOSSIER_RATE", numerator(index, u), denominator(index))));
        String draftKey = UUID.randomUUID().toString();
        Response created = retried("draft " + unit + "@" + index, () -> asUser(officer).header("Idempotency-Key", draftKey)
                .body(Map.of("roundId", round, "unitCode", unit, "content", content)).post("/api/v1/reports"),
                r -> r.statusCode() == 201 || createdWithoutAnswer(r) != null);
        String id = created.statusCode() == 201 ? created.jsonPath().getString("reportId") : createdWithoutAnswer(created);
        if (created.statusCode() != 201) {
            answerLost.incrementAndGet();
        }
        Response draft = created.statusCode() == 201 ? created : asUser(officer).get("/api/v1/reports/" + id);
        String submitKey = UUID.randomUUID().toString();
        retried("submit " + unit + "@" + index, () -> asUser(officer).header("If-Match", draft.header("ETag"))
                .header("Idempotency-Key", submitKey).post("/api/v1/reports/" + id + "/submit"),
                r -> r.statusCode() == 200 || committedWithoutAnswer(r, officer, id, "SUBMITTED"));
        submitted.incrementAndGet();
        String acceptKey = UUID.randomUUID().toString();
        retried("accept " + unit + "@" + index, () -> asUser("hp.staff").header("Idempotency-Key", acceptKey)
                .body(Map.of("comment", "Đạt yêu cầu")).post("/api/v1/reports/" + id + "/accept"),
                r -> r.statusCode() == 200 || committedWithoutAnswer(r, "hp.staff", id, "ACCEPTED"));
    }

    /**
     * The report a retried draft creation finds when its first attempt committed but its answer was
     * lost with the process (409 "already has report …"); null for any other answer.
     */
    private static String createdWithoutAnswer(Response answer) {
        java.util.regex.Matcher existing = java.util.regex.Pattern.compile("already has report ([0-9a-f-]{36})")
                .matcher(answer.statusCode() == 409 ? answer.asString() : "");
        return existing.find() ? existing.group(1) : null;
    }

    /**
     * A 409 to a retried change whose first attempt was committed but whose answer was lost with the
     * process: the report already has the state asked for.
     */
    private static boolean committedWithoutAnswer(Response answer, String user, String id, String status) {
        if (answer.statusCode() != 409) {
            return false;
        }
        Response report = asUser(user).get("/api/v1/reports/" + id);
        boolean committed = report.statusCode() == 200 && status.equals(report.jsonPath().getString("status"));
        if (committed) {
            answerLost.incrementAndGet();
        }
        return committed;
    }

    /** Sends until the answer is done, through outages (gateway 502/503/504, 429, refused connections). */
    private static Response retried(String what, Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            attempts.incrementAndGet();
            try {
                Response answer = call.get();
                if (done.test(answer)) {
                    return answer;
                }
                last = answer.statusCode() + " " + answer.asString();
                if (answer.statusCode() < 500 && answer.statusCode() != 429 && answer.statusCode() != 409) {
                    throw new AssertionError(what + " was refused: " + last);
                }
            } catch (RuntimeException e) {
                last = e.toString();
            }
            failedAttempts.incrementAndGet();
            pause();
        }
        throw new AssertionError(what + " did not succeed in " + PATIENCE + ": " + last);
    }

    private static void awaitSubmitted(int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> submitted.get() >= count);
    }

    // ---- setup through the gateway

    private static String issuePlan() {
        Response created = asUser("hp.admin")
                .body(Map.of("unitCode", "31", "title", "Kế hoạch tuyên truyền chuyển đổi số (kiểm thử sự cố)",
                        "place", "Hải Phòng", "year", 2027,
                        "purposes", List.of("Kiểm chứng rằng không báo cáo nào bị mất khi hệ thống gặp sự cố"),
                        "contentThemes", List.of(Map.of("code", "1.1", "title", "Chuyển đổi số cấp xã")),
                        "channels", List.of(Map.of("channel", "RADIO_LOUDSPEAKER", "description", "Đài truyền thanh cơ sở"))))
                .post("/api/v1/plans");
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");
        asUser("hp.admin").header("If-Match", created.header("ETag"))
                .body(Map.of("numberSymbol", "957/KH-UBND", "issuedOn", LocalDate.now(VN).toString()))
                .post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return id;
    }

    private static void registerEmailContacts() {
        for (String unit : UNITS) {
            Map<String, Object> contact = Map.of("scope", "UNIT", "unitCode", unit, "name", "Văn phòng " + unit + " (sự cố)",
                    "email", mailbox(unit), "channels", List.of("EMAIL"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> asUser("hp.admin").body(contact).post("/api/v1/contacts").statusCode(), s -> s == 201);
        }
    }

    private static String openRound(String planId, int index) {
        Map<String, Object> round = Map.of("planId", planId,
                "title", "Báo cáo nhanh số " + (index + 1) + " (kiểm thử sự cố)",
                "request", Map.of("numberSymbol", requestNumber(index), "issuedOn", LocalDate.now(VN).toString(),
                        "issuer", "Sở Khoa học và Công nghệ"),
                "period", Map.of("kind", "YEAR", "year", 2026),
                "dueAt", OffsetDateTime.now(VN).plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString(),
                "resubmissionDays", 3, "unitCodes", UNITS);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser("hp.admin").body(round).post("/api/v1/rounds"), r -> r.statusCode() == 201)
                .jsonPath().getString("roundId");
    }

    // ---- what each unit reports in each round, and the sums the roll-ups must show

    static int radio(int round, int unit) {
        return 10 + 3 * round + unit;
    }

    static int articles(int round, int unit) {
        return 100 + 11 * round + 5 * unit;
    }

    static int numerator(int round, int unit) {
        return 50 + round + unit;
    }

    static int denominator(int round) {
        return 100 + round;
    }

    private static int sum(java.util.function.IntUnaryOperator value) {
        return IntStream.range(0, UNITS.size()).map(value).sum();
    }

    private static String indicator(String code) {
        return "indicators.find { it.code == '" + code + "' }";
    }

    static String requestNumber(int index) {
        return (6000 + index) + "/SKHCN-FAULT";
    }

    static String mailbox(String unit) {
        return "faults." + unit + "@e2e.nq57.example";
    }

    private static Duration timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return since(started);
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
