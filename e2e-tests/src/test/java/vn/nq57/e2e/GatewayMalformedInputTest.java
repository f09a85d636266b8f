package vn.nq57.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.e2e.Api.asUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The malformed-input catalogue (issue 10 §5): per write operation, bad requests built from the
 * catalogue in {@code malformed-input.txt}, sent through the gateway by the object's owner. Each must
 * answer 4xx problem+json naming the field, and the object must read back unchanged.
 */
@ExtendWith(PlatformExtension.class)
class GatewayMalformedInputTest {

    static final String CATALOGUE = "/malformed-input.txt";
    private static final int SENDERS = 4;
    private static final String RAW = "@@raw@@";
    /** The bad value that leaves the field out of the body. */
    private static final String MISSING = "missing";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One bad value or body: a name and either raw JSON for the field or a whole request. */
    record Bad(String name, String json, Payload payload) {
        static Bad value(String name, String json) {
            return new Bad(name, json, null);
        }

        static Bad whole(String name, String type, String body) {
            return new Bad(name, null, new Payload(type, body.getBytes(StandardCharsets.UTF_8)));
        }
    }

    record Payload(String type, byte[] bytes) {
    }

    /** Where an operation writes and who owns it; readBack is the object that must not change. */
    record Target(String owner, String method, String path, String readBack, boolean ifMatch, JsonNode body) {
    }

    static final Map<String, List<Bad>> BATTERIES = new LinkedHashMap<>();

    static {
        String long100k = "a".repeat(100_000);
        BATTERIES.put("string", List.of(Bad.value("NUL", "\"a\\u0000b\""), Bad.value("C0 control", "\"a\\u0007b\""),
                Bad.value("100,000 characters", "\"" + long100k + "\""),
                Bad.value("100,000 combining marks", "\"a" + "\\u0301".repeat(100_000) + "\""),
                Bad.value("an array", "[\"a\"]")));
        List<Bad> numbers = List.of(Bad.value("1e19", "10000000000000000000"), Bad.value("1e30000", "1e30000"),
                Bad.value("-1", "-1"), Bad.value("1.5", "1.5"), Bad.value("NaN", "NaN"), Bad.value("a string", "\"many\""));
        BATTERIES.put("number", numbers);
        BATTERIES.put("count", numbers);
        BATTERIES.put("date", List.of(Bad.value("30 February", "\"2026-02-30\""), Bad.value("year 99999", "\"99999-01-01\""),
                Bad.value("year 1900", "\"1900-01-01\""), Bad.value("year 2200", "\"2200-01-01\""), Bad.value("empty", "\"\""),
                Bad.value("a number", "20260101")));
        BATTERIES.put("instant", List.of(Bad.value("month 13", "\"2026-13-01T17:00:00+07:00\""),
                Bad.value("year +999999999", "\"+999999999-12-31T23:59:59Z\""),
                Bad.value("zone +25:00", "\"2026-12-01T17:00:00+25:00\""), Bad.value("no zone", "\"2026-12-01T17:00:00\""),
                Bad.value("year 1899", "\"1899-12-31T00:00:00Z\"")));
        BATTERIES.put("code", List.of(Bad.value("unknown", "\"ZZ-UNKNOWN\""), Bad.value("path trick", "\"../../etc/passwd\""),
                Bad.value("an enum by its number", "\"0\""),
                Bad.value("100,000 characters", "\"" + long100k + "\"")));
        BATTERIES.put("list", List.of(Bad.value("10,001 items", "[" + "\"x\",".repeat(10_000) + "\"x\"]"),
                Bad.value("a string", "\"x\"")));
        BATTERIES.put("ratio", List.of(
                Bad.value("numerator > denominator", "{\"code\":\"ONLINE_DOSSIER_RATE\",\"qualifier\":\"RATIO\",\"numerator\":11,\"denominator\":10}"),
                Bad.value("denominator 0", "{\"code\":\"ONLINE_DOSSIER_RATE\",\"qualifier\":\"RATIO\",\"numerator\":0,\"denominator\":0}")));
        Bad syntaxError = Bad.whole("syntax error", "application/json", "{\"title\": \"a\",");
        Bad wrongType = Bad.whole("wrong content type", "text/plain", "{}");
        Bad unknownProperty = Bad.value("unknown property", null);
        Bad twoMegabytes = Bad.whole("2 MB body", "application/json", "{\"title\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");
        BATTERIES.put("body", List.of(syntaxError, Bad.whole("empty body", "application/json", ""), wrongType,
                unknownProperty, twoMegabytes));
        // an operation whose body may be left out (closing a round): an empty body is a valid request
        BATTERIES.put("optional-body", List.of(syntaxError, wrongType, unknownProperty, twoMegabytes));
        BATTERIES.put("required", List.of(Bad.value(MISSING, null), Bad.value("null", "null"), Bad.value("blank", "\"   \"")));
        BATTERIES.put("future", List.of(Bad.value("yesterday", "\"" + java.time.OffsetDateTime.now(MatrixObjects.VN)
                        .minusDays(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + "\""),
                Bad.value("1 January 2020", "\"2020-01-01T17:00:00+07:00\"")));
        BATTERIES.put("csv", List.of(Bad.whole("NUL in a name", "text/csv", "code,name,type,parent_code\n99934,Xã\u0000Lỗi,xa,31\n"),
                Bad.whole("300 character name", "text/csv", "code,name,type,parent_code\n99934," + "x".repeat(300) + ",xa,31\n"),
                Bad.whole("wrong header", "text/csv", "ma,ten\n99934,Xã Lỗi\n"),
                Bad.whole("unknown type", "text/csv", "code,name,type,parent_code\n99934,Xã Lỗi,lang,31\n"),
                Bad.whole("path trick code", "text/csv", "code,name,type,parent_code\n../../etc/passwd,Xã Lỗi,xa,31\n")));
        BATTERIES.put("filename", List.of(Bad.value("../../etc/passwd", "../../etc/passwd"),
                Bad.value("backslash path", "..\\..\\windows\\win.ini"), Bad.value("NUL", "a\u0000.pdf"),
                Bad.value("300 characters", "x".repeat(296) + ".pdf")));
    }

    static MatrixObjects own;
    static Map<String, Target> targets;

    @BeforeAll
    static void prepare() {
        own = MatrixObjects.create("31", "hp.admin", "nlb.officer", ReportingJourneyTest.NLB, "99932",
                List.of(ReportingJourneyTest.NLB, ReportingJourneyTest.PHU_LIEN));
        Response draftPlan = asUser("hp.admin").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(MatrixObjects.planBody("31")).post("/api/v1/plans");
        draftPlan.then().statusCode(201);
        String plan = draftPlan.jsonPath().getString("id");
        String submitted = submittedReport();
        String report = "/api/v1/reports/" + own.report();
        Map<String, Object> content = Content.report("15/BC-UBND", List.of(Content.exact("RADIO_BROADCASTS", 3),
                Content.atLeast("PORTAL_ARTICLES", 4), Content.ratio("ONLINE_DOSSIER_RATE", 5, 10)));
        targets = new LinkedHashMap<>();
        targets.put("createPlan", new Target("hp.admin", "POST", "/api/v1/plans", null, false, json(MatrixObjects.planBody("31"))));
        targets.put("updatePlanDraft", new Target("hp.admin", "PUT", "/api/v1/plans/" + plan, "/api/v1/plans/" + plan, true,
                json(MatrixObjects.planBody("31"))));
        targets.put("issuePlan", new Target("hp.admin", "POST", "/api/v1/plans/" + plan + "/issue", "/api/v1/plans/" + plan, true,
                json(Map.of("numberSymbol", "60/KH-UBND", "issuedOn", java.time.LocalDate.now(MatrixObjects.VN).toString()))));
        targets.put("createUnit", new Target("hp.admin", "POST", "/api/v1/units", null, false,
                json(Map.of("code", "99933", "name", "Xã Danh Mục", "type", "XA", "parentCode", "31"))));
        targets.put("updateUnit", new Target("hp.admin", "PUT", "/api/v1/units/" + own.unit(), "/api/v1/units/" + own.unit(),
                true, json(own.unitBody())));
        targets.put("importUnits", new Target("hp.admin", "POST", "/api/v1/units/import", "/api/v1/units/" + own.unit(), false, null));
        targets.put("openRound", new Target("hp.admin", "POST", "/api/v1/rounds", null, false,
                json(MatrixObjects.roundBody(own.plan(), List.of(ReportingJourneyTest.NLB)))));
        targets.put("changeRoundDeadline", new Target("hp.admin", "PUT", "/api/v1/rounds/" + own.round() + "/deadline",
                "/api/v1/rounds/" + own.round(), true, json(Map.of("dueAt", java.time.OffsetDateTime.now(MatrixObjects.VN)
                        .plusDays(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), "reason", "Gia hạn"))));
        Map<String, Object> regime = new LinkedHashMap<>(Map.of("planId", own.plan(), "title", "Chế độ báo cáo danh mục",
                "request", Map.of("numberSymbol", "61/SKHCN", "issuedOn", java.time.LocalDate.now(MatrixObjects.VN).toString(),
                        "issuer", "Sở Khoa học và Công nghệ"), "frequency", "YEAR", "deadlineWorkingDays", 2,
                "dueTime", "17:00", "startsOn", "2027-01-01", "unitCodes", List.of(ReportingJourneyTest.NLB)));
        targets.put("createRegime", new Target("hp.admin", "POST", "/api/v1/regimes", null, false, json(regime)));
        String closable = openedRound();
        targets.put("closeRound", new Target("hp.admin", "POST", "/api/v1/rounds/" + closable + "/close",
                "/api/v1/rounds/" + closable, true, json(Map.of("note", "Chốt số liệu danh mục"))));
        String closed = openedRound();
        asUser("hp.admin").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of())
                .post("/api/v1/rounds/" + closed + "/close").then().statusCode(200);
        targets.put("reopenRoundForUnit", new Target("hp.admin", "POST", "/api/v1/rounds/" + closed + "/reopenings",
                "/api/v1/rounds/" + closed, true, json(Map.of("unitCode", ReportingJourneyTest.NLB,
                        "reason", "Xã mất điện do bão, chưa gửi được báo cáo", "dueAt", java.time.OffsetDateTime
                                .now(MatrixObjects.VN).plusDays(10).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                                .toString()))));
        targets.put("createReport", new Target("nlb.officer", "POST", "/api/v1/reports", report, false,
                json(Map.of("roundId", own.round(), "unitCode", ReportingJourneyTest.NLB))));
        targets.put("updateReportDraft", new Target("nlb.officer", "PUT", report, report, true, json(content)));
        Map<String, Object> review = Map.of("comment", "Đề nghị bổ sung",
                "sectionComments", List.of(Map.of("code", "I.2.2", "comment", "Thiếu số liệu")));
        targets.put("returnReport", new Target("hp.staff", "POST", "/api/v1/reports/" + submitted + "/return",
                "/api/v1/reports/" + submitted, false, json(review)));
        targets.put("acceptReport", new Target("hp.staff", "POST", "/api/v1/reports/" + submitted + "/accept",
                "/api/v1/reports/" + submitted, false, json(review)));
        Map<String, Object> contact = Map.of("scope", "UNIT", "unitCode", ReportingJourneyTest.NLB, "name", "Cán bộ danh mục",
                "email", "catalogue@e2e.nq57.example", "phone", "0912345678", "channels", List.of("EMAIL"));
        targets.put("createContact", new Target("hp.admin", "POST", "/api/v1/contacts", null, false, json(contact)));
        targets.put("replaceContact", new Target("hp.admin", "PUT", "/api/v1/contacts/" + own.contact(),
                "/api/v1/contacts/" + own.contact(), true, json(contact)));
        targets.put("registerWebhook", new Target("hp.admin", "POST", "/api/v1/webhooks", null, false,
                json(Map.of("url", "http://127.0.0.1:9/catalogue", "description", "Danh mục", "kinds", List.of("ACCEPTED")))));
        targets.put("uploadAttachment", new Target("nlb.officer", "POST", report + "/attachments", report, false, null));
    }

    /** Another round on the own plan, for Nguyễn Lương Bằng: what closing and reopening act on. */
    private static String openedRound() {
        return asUser("hp.admin").body(MatrixObjects.roundBody(own.plan(), List.of(ReportingJourneyTest.NLB)))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("roundId");
    }

    /** Phù Liễn's submitted report in the own round: what return and accept act on. */
    private static String submittedReport() {
        Response draft = asUser("phulien.officer").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("roundId", own.round(), "unitCode", ReportingJourneyTest.PHU_LIEN, "content",
                        Content.report("16/BC-UBND", List.of(Content.exact("RADIO_BROADCASTS", 1)))))
                .post("/api/v1/reports");
        draft.then().statusCode(201);
        String id = draft.jsonPath().getString("reportId");
        asUser("phulien.officer").header("If-Match", draft.header("ETag")).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        return id;
    }

    @Test
    void everyBadRequestIsRefusedWithAProblemNamingTheFieldAndChangesNothing() throws Exception {
        Instant started = Instant.now();
        List<Callable<String>> attempts = new ArrayList<>();
        for (String[] line : catalogue()) {
            String operation = line[0];
            String field = line[1];
            Target target = targets.get(operation);
            assertTrue(target != null, "no target for " + operation + " in " + CATALOGUE);
            List<Bad> battery = BATTERIES.get(line[2]);
            assertTrue(battery != null, "no battery " + line[2] + " in " + CATALOGUE);
            for (Bad bad : battery) {
                attempts.add(() -> {
                    String failure = attempt(target, operation, field, line[2], bad);
                    return failure == null ? null : operation + " " + field + " [" + bad.name() + "]: " + failure;
                });
            }
        }
        List<String> failures = new ArrayList<>();
        // A few at a time, as several users would: no bad request changes anything, so the before and
        // after reads of one attempt stay comparable while others run.
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (Future<String> outcome : senders.invokeAll(attempts)) {
                if (outcome.get() != null) {
                    failures.add(outcome.get());
                }
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.println("[malformed] " + attempts.size() + " bad requests over " + targets.size() + " operations in "
                + Duration.between(started, Instant.now()).toMillis() + " ms, " + SENDERS + " at a time; "
                + failures.size() + " unexpected");
        assertTrue(failures.isEmpty(), failures.size() + " of " + attempts.size()
                + " bad requests were not refused as they should be:\n" + String.join("\n", failures));
    }

    /** Null when the bad request was refused properly; else what went wrong. */
    private static String attempt(Target target, String operation, String field, String battery, Bad bad) {
        Snapshot before = Snapshot.of(target);
        HttpRequest.Builder request;
        String path = target.path();
        Payload payload;
        if ("filename".equals(battery)) {
            path += "?fileName=" + URLEncoder.encode(bad.json(), StandardCharsets.UTF_8);
            payload = new Payload("application/pdf", MatrixObjects.PDF);
        } else if (bad.payload() != null) {
            payload = bad.payload();
        } else {
            payload = new Payload("application/json", withBad(target.body(), field, bad).getBytes(StandardCharsets.UTF_8));
        }
        request = HttpRequest.newBuilder(URI.create(PlatformExtension.endpoints().gatewayUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + KeycloakTokens.user(target.owner()))
                .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", payload.type())
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(payload.bytes()));
        if (target.ifMatch() && before != null && before.etag() != null) {
            request.header("If-Match", before.etag());
        }
        HttpResponse<String> response = send(request.build());
        Snapshot after = Snapshot.of(target);
        String verdict = verdict(response, field, battery, bad);
        if (verdict == null && before != null && !before.equals(after)) {
            verdict = "refused with " + response.statusCode() + " but the object changed";
        }
        return verdict;
    }

    private static String verdict(HttpResponse<String> response, String field, String battery, Bad bad) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        if ("csv".equals(battery) && status == 200) {
            return body.contains("\"created\":0") && body.contains("\"updated\":0") && !body.contains("\"failed\":0")
                    ? null : "200 that stored a bad row: " + abbreviate(body);
        }
        if (status < 400 || status >= 500) {
            return "answered " + status + ": " + abbreviate(body);
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ", not problem+json";
        }
        if ("NaN".equals(bad.name()) && status == 400) {
            return null; // NaN is no JSON: a syntax error, which names no field or only the enclosing one
        }
        if ("code".equals(battery) && (status == 403 || status == 404)) {
            return null; // an unknown or foreign code is refused as outside the caller's scope
        }
        String name = "unknown property".equals(bad.name()) ? "nq57Unknown" : fieldName(field, battery);
        if (name != null && !body.contains(name)) {
            return status + " problem does not name " + name + ": " + abbreviate(body);
        }
        return null;
    }

    /** The name the problem should carry: the field's last non-index segment. */
    private static String fieldName(String field, String battery) {
        if ("filename".equals(battery)) {
            return "fileName";
        }
        if ("-".equals(field)) {
            return null;
        }
        if ("ratio".equals(battery)) {
            return "indicators";
        }
        String[] parts = field.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].matches("\\d+")) {
                return parts[i];
            }
        }
        return null;
    }

    private static String withBad(JsonNode base, String field, Bad bad) {
        JsonNode body = base.deepCopy();
        if ("unknown property".equals(bad.name())) {
            ((ObjectNode) body).put("nq57Unknown", "x");
            return body.toString();
        }
        String[] parts = field.split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parts[i].matches("\\d+") ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (MISSING.equals(bad.name())) {
            ((ObjectNode) parent).remove(last);
            return body.toString();
        }
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), RAW);
        } else {
            ((ObjectNode) parent).put(last, RAW);
        }
        return body.toString().replace("\"" + RAW + "\"", bad.json());
    }

    /** The object's ETag and body as its owner reads them. */
    record Snapshot(String etag, String body) {
        static Snapshot of(Target target) {
            if (target.readBack() == null) {
                return null;
            }
            Response read = asUser(target.owner()).get(target.readBack());
            return new Snapshot(read.header("ETag"), read.asString());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(Object value) {
        return MatrixRequests.JSON.valueToTree(value);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static List<String[]> catalogue() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = GatewayMalformedInputTest.class.getResourceAsStream(CATALOGUE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed.split("\\s+"));
                }
            }
        }
        return lines;
    }
}
