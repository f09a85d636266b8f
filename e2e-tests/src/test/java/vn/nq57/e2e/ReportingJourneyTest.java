package vn.nq57.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.e2e.Api.as;
import static vn.nq57.e2e.Api.asUser;
import static vn.nq57.e2e.Content.atLeast;
import static vn.nq57.e2e.Content.exact;
import static vn.nq57.e2e.Content.ratio;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nq57.testinfra.MailReader;

/**
 * The platform's main journey, only through the gateway and with real Keycloak tokens: the city
 * issues a plan and opens a round, units write and submit (one late), the city returns one report,
 * the unit resubmits, the city accepts, and the aggregates and exports are exactly right; finally
 * the city closes the round and reopens it for the overdue unit alone, which then submits.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingJourneyTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String NLB = "11242";
    static final String PHU_LIEN = "11446";
    static final String CAT_HAI = "11914";
    /** Never submits: the overdue unit. */
    static final String AN_HUNG = "11674";
    static final Map<String, String> OFFICERS = Map.of(NLB, "nlb.officer", PHU_LIEN, "phulien.officer",
            CAT_HAI, "cathai.officer", AN_HUNG, "anhung.officer");

    static final WebhookReceiver WEBHOOK = new WebhookReceiver();
    static String webhookSecret;

    static String planId;
    static String roundId;
    /** A round due tomorrow, opened after today's reminder time: its 1-day reminder is caught up at once. */
    static String reminderRoundId;
    static OffsetDateTime reminderDue;
    static final Map<String, String> REPORTS = new HashMap<>();

    @Test
    @Order(1)
    void everyServiceAnswersHealthAndMetricsThroughTheGateway() {
        for (String service : List.of("plan", "submission", "aggregation", "notification")) {
            given().when().get("/api/v1/platform/health/" + service + "/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
            String metrics = asUser("hp.admin").accept("text/plain").when().get("/api/v1/platform/metrics/" + service)
                    .then().statusCode(200).extract().asString();
            assertTrue(metrics.contains("http_server_requests_seconds") || metrics.contains("jvm_memory_used_bytes"),
                    service + " answers Prometheus metrics");
        }
        given().when().get("/api/v1/platform/health").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    @Order(2)
    void anonymousCallsAreRefusedAtTheEdge() {
        given().when().get("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));
    }

    @Test
    @Order(3)
    void theCityIssuesAPlan() {
        Response created = asUser("hp.admin")
                .body(Map.of("unitCode", "31", "title", "Kế hoạch tuyên truyền Nghị quyết 57-NQ/TW năm 2027",
                        "place", "Hải Phòng", "year", 2027,
                        "purposes", List.of("Nâng cao nhận thức về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
                        "contentThemes", List.of(Map.of("code", "1.1", "title", "Quan điểm, mục tiêu của Nghị quyết")),
                        "channels", List.of(Map.of("channel", "RADIO_LOUDSPEAKER", "description", "Đài truyền thanh cơ sở"))))
                .when().post("/api/v1/plans");
        created.then().statusCode(201);
        planId = created.jsonPath().getString("id");
        asUser("hp.admin").header("If-Match", created.header("ETag"))
                .body(Map.of("numberSymbol", "901/KH-UBND", "issuedOn", LocalDate.now(VN).toString()))
                .when().post("/api/v1/plans/" + planId + "/issue")
                .then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    @Order(4)
    void theCityRegistersContactsAndAWebhook() {
        for (Map.Entry<String, String> officer : OFFICERS.entrySet()) {
            // a city admin may name only users notification-service has seen: each officer opens the app once
            asUser(officer.getValue()).when().get("/api/v1/notifications/unread-count").then().statusCode(200);
            Map<String, Object> contact = Map.of("scope", "UNIT", "unitCode", officer.getKey(),
                    "name", "Cán bộ văn hóa " + officer.getKey(), "email", mailbox(officer.getKey()),
                    "userId", KeycloakTokens.subject(officer.getValue()), "channels", List.of("EMAIL", "INBOX"));
            // notification-service knows units from unit.upserted events: wait for its copy.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> asUser("hp.admin").body(contact).post("/api/v1/contacts").statusCode(), s -> s == 201);
        }
        webhookSecret = asUser("hp.admin")
                .body(Map.of("url", WEBHOOK.url(), "description", "Cổng dịch vụ công (kiểm thử)",
                        "kinds", List.of("OVERDUE", "RETURNED", "ACCEPTED")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        assertNotNull(webhookSecret);
    }

    @Test
    @Order(5)
    void theCityOpensARoundOnIt() {
        Map<String, Object> round = Map.of("planId", planId,
                "title", "Báo cáo kết quả tuyên truyền Nghị quyết 57-NQ/TW (kiểm thử đầu cuối)",
                "request", Map.of("numberSymbol", "5001/SKHCN-TTTT", "issuedOn", LocalDate.now(VN).toString(),
                        "issuer", "Sở Khoa học và Công nghệ"),
                "period", Map.of("kind", "YEAR", "year", 2026),
                "dueAt", OffsetDateTime.now(VN).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString(),
                "resubmissionDays", 3,
                "unitCodes", List.of(NLB, PHU_LIEN, CAT_HAI, AN_HUNG));
        // submission-service learns of the plan from plan.issued on Kafka: wait for its local copy.
        Response opened = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser("hp.admin").body(round).post("/api/v1/rounds"), r -> r.statusCode() == 201);
        roundId = opened.jsonPath().getString("roundId");
        assertNotNull(roundId);

        // Due tomorrow: its day-before reminder fell due today at the reminder time (when
        // notification-service started), before the round opened, so it is caught up at once.
        OffsetDateTime due = LocalDate.now(VN).plusDays(1).atTime(17, 0).atZone(VN).toOffsetDateTime();
        reminderDue = due;
        Map<String, Object> reminderRound = new HashMap<>(round);
        reminderRound.put("title", "Báo cáo nhanh về Tổ công nghệ số cộng đồng (kiểm thử nhắc hạn)");
        reminderRound.put("request", Map.of("numberSymbol", "5002/SKHCN-TTTT", "issuedOn", LocalDate.now(VN).toString(),
                "issuer", "Sở Khoa học và Công nghệ"));
        reminderRound.put("dueAt", due.toString());
        reminderRound.put("unitCodes", List.of(AN_HUNG));
        reminderRoundId = asUser("hp.admin").body(reminderRound).post("/api/v1/rounds")
                .then().statusCode(201).extract().path("roundId");
    }

    @Test
    @Order(6)
    void remindersArePlannedAtTheReminderTimeInVietnam() {
        List<Map<String, Object>> schedule = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> scheduleOf(roundId, AN_HUNG),
                        list -> list != null && list.stream().anyMatch(e -> "D1".equals(e.get("label"))));
        // Due in two days: the 7- and 3-day reminders were already past when the round opened.
        assertTrue(schedule.stream().noneMatch(e -> "D3".equals(e.get("label")) || "D7".equals(e.get("label"))),
                schedule.toString());
        Map<String, Object> dayBefore = schedule.stream().filter(e -> "D1".equals(e.get("label"))).findFirst().orElseThrow();
        assertEquals("REMINDER", dayBefore.get("kind"));
        String reminderTime = PlatformExtension.reminderAt().toLocalTime().toString();
        assertTrue(String.valueOf(dayBefore.get("fireAt")).matches(".*T" + reminderTime + "(:00)?\\+07:00"),
                dayBefore.toString());
        assertTrue(schedule.stream().anyMatch(e -> "OVERDUE".equals(e.get("kind"))), schedule.toString());
    }

    @Test
    @Order(7)
    void twoUnitsSubmitOnTime() {
        submit("nlb.officer", NLB, "15/BC-UBND", List.of(exact("RADIO_BROADCASTS", 28), atLeast("PORTAL_ARTICLES", 20),
                ratio("ONLINE_DOSSIER_RATE", 1000, 1000))).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(false));
        submit("phulien.officer", PHU_LIEN, "311/BC-UBND", List.of(atLeast("RADIO_BROADCASTS", 200),
                exact("PORTAL_ARTICLES", 445), ratio("ONLINE_DOSSIER_RATE", 5010, 5092))).then().statusCode(200)
                .body("late", equalTo(false));
    }

    @Test
    @Order(8)
    void afterTheDeadlineCatHaiSubmitsLate() {
        String etag = asUser("hp.admin").get("/api/v1/rounds/" + roundId).header("ETag");
        asUser("hp.admin").header("If-Match", etag)
                .body(Map.of("dueAt", OffsetDateTime.now(VN).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "reason", "Rút ngắn hạn để kiểm thử"))
                .when().put("/api/v1/rounds/" + roundId + "/deadline").then().statusCode(200);
        submit("cathai.officer", CAT_HAI, "120/BC-UBND", List.of(exact("RADIO_BROADCASTS", 12),
                exact("PORTAL_ARTICLES", 150), ratio("ONLINE_DOSSIER_RATE", 990, 1000))).then().statusCode(200)
                .body("late", equalTo(true));
    }

    @Test
    @Order(9)
    void theCityReturnsOneTheUnitResubmitsAndTheCityAccepts() {
        String id = REPORTS.get(PHU_LIEN);
        asUser("hp.staff").body(Map.of("comment", "Đề nghị bổ sung số liệu mục 2.2",
                        "sectionComments", List.of(Map.of("code", "I.2.2", "comment", "Thiếu số tin bài"))))
                .when().post("/api/v1/reports/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        Response draft = asUser("phulien.officer").get("/api/v1/reports/" + id);
        asUser("phulien.officer").header("If-Match", draft.header("ETag"))
                .body(Content.report("311/BC-UBND", List.of(atLeast("RADIO_BROADCASTS", 200),
                        exact("PORTAL_ARTICLES", 460), ratio("ONLINE_DOSSIER_RATE", 5010, 5092))))
                .when().put("/api/v1/reports/" + id).then().statusCode(200);
        String etag = asUser("phulien.officer").get("/api/v1/reports/" + id).header("ETag");
        asUser("phulien.officer").header("If-Match", etag).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/reports/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("RESUBMITTED")).body("latestVersion", equalTo(2));
        asUser("hp.staff").body(Map.of("comment", "Đạt yêu cầu"))
                .when().post("/api/v1/reports/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    @Order(10)
    void anOfficerCannotTouchAnotherUnitsReport() {
        asUser("phulien.officer").when().get("/api/v1/reports/" + REPORTS.get(NLB))
                .then().statusCode(403).contentType("application/problem+json");
        asUser("phulien.officer").body(Map.of("comment", "x"))
                .when().post("/api/v1/reports/" + REPORTS.get(NLB) + "/accept").then().statusCode(403);
        as(KeycloakTokens.egovPlatform()).body(Map.of("comment", "x"))
                .when().post("/api/v1/reports/" + REPORTS.get(NLB) + "/accept").then().statusCode(403);
    }

    @Test
    @Order(11)
    void theStatusMatrixAndIndicatorTotalsAreExact() {
        JsonPath matrix = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> asUser("hp.staff").get("/api/v1/aggregation/rounds/" + roundId + "/status").jsonPath(),
                        m -> "ACCEPTED".equals(status(m, PHU_LIEN)) && "SUBMITTED_LATE".equals(status(m, CAT_HAI)));
        assertEquals("SUBMITTED_ON_TIME", status(matrix, NLB));
        assertEquals("OVERDUE", status(matrix, AN_HUNG));
        assertEquals(4, matrix.getInt("overall.required"));
        assertEquals(3, matrix.getInt("overall.submitted"));
        assertEquals(2, matrix.getInt("overall.onTime"));
        assertEquals(1, matrix.getInt("overall.late"));
        assertEquals(1, matrix.getInt("overall.overdue"));
        assertEquals(75.0, matrix.getDouble("overall.completeness"), 0.001);
        assertEquals(50.0, matrix.getDouble("overall.timeliness"), 0.001);

        JsonPath rollup = as(KeycloakTokens.egovPlatform()).get("/api/v1/aggregation/rounds/" + roundId + "/indicators")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(240, rollup.getInt("indicators.find { it.code == 'RADIO_BROADCASTS' }.total.value"));
        assertTrue(rollup.getBoolean("indicators.find { it.code == 'RADIO_BROADCASTS' }.total.lowerBound"));
        assertEquals(3, rollup.getInt("indicators.find { it.code == 'RADIO_BROADCASTS' }.reportedBy"));
        assertEquals(630, rollup.getInt("indicators.find { it.code == 'PORTAL_ARTICLES' }.total.value"));
        assertEquals(7000, rollup.getInt("indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }.total.numerator"));
        assertEquals(7092, rollup.getInt("indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }.total.denominator"));

        JsonPath accepted = asUser("hp.staff").queryParam("basis", "ACCEPTED")
                .get("/api/v1/aggregation/rounds/" + roundId + "/indicators").jsonPath();
        assertEquals(460, accepted.getInt("indicators.find { it.code == 'PORTAL_ARTICLES' }.total.value"));
    }

    @Test
    @Order(12)
    void theXlsxExportHoldsTheUnitsValues() throws IOException {
        byte[] xlsx = asUser("hp.staff").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .when().get("/api/v1/aggregation/rounds/" + roundId + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, String> nlb = rowOf(workbook, NLB);
            Map<String, String> catHai = rowOf(workbook, CAT_HAI);
            assertFalse(nlb.isEmpty(), "a row for " + NLB);
            assertTrue(nlb.values().contains("28"), nlb.toString());
            assertTrue(catHai.values().contains("12"), catHai.toString());
        }
    }

    @Test
    @Order(13)
    void unitsGetTheirEmailsAndTheEgovPlatformItsSignedWebhooks() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> subjects(AN_HUNG).stream().anyMatch(s -> s.contains("Quá hạn") || s.contains("quá hạn")));
        List<MailReader.Mail> phuLien = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> MailReader.inbox(PlatformExtension.endpoints().imapPort(), mailbox(PHU_LIEN)), m -> m.size() >= 2);
        assertTrue(phuLien.stream().anyMatch(m -> m.text() != null && m.text().contains("Đề nghị bổ sung số liệu mục 2.2")),
                "the returned-report email carries the reviewer's comment");
        assertTrue(phuLien.stream().allMatch(m -> m.html() != null), "every email has an HTML part");
        assertTrue(subjects(NLB).stream().noneMatch(s -> s.contains("Quá hạn") || s.contains("quá hạn")),
                "a unit that submitted on time gets no overdue notice");

        List<WebhookReceiver.Call> calls = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(WEBHOOK::calls, c -> c.stream().map(WebhookReceiver.Call::event).toList()
                        .containsAll(List.of("OVERDUE", "RETURNED", "ACCEPTED")));
        assertTrue(calls.stream().allMatch(c -> c.signedWith(webhookSecret)), "every webhook call verifies");
        assertTrue(calls.stream().noneMatch(c -> c.signedWith("not-the-secret")));
    }

    @Test
    @Order(14)
    void eachOfficerSeesOnlyTheirOwnInbox() {
        List<String> phuLienKinds = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> asUser("phulien.officer").get("/api/v1/notifications").jsonPath().getList("items.kind"),
                        k -> k != null && k.contains("RETURNED"));
        assertTrue(phuLienKinds.contains("ACCEPTED") || phuLienKinds.contains("RETURNED"));
        List<String> nlbUnits = asUser("nlb.officer").get("/api/v1/notifications").jsonPath().getList("items.unitCode");
        assertTrue(nlbUnits == null || nlbUnits.stream().allMatch(NLB::equals), String.valueOf(nlbUnits));
    }

    @Test
    @Order(15)
    void aReminderDueEarlierTodayGoesOutRightAfterTheRoundOpens() {
        MailReader.Mail reminder = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> MailReader.inbox(PlatformExtension.endpoints().imapPort(), mailbox(AN_HUNG)).stream()
                        .filter(m -> m.subject().startsWith("[Nhắc hạn: còn 1 ngày]")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        String due = reminderDue.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 17:00";
        assertTrue(reminder.subject().contains("5002/SKHCN-TTTT") && reminder.subject().contains(due), reminder.subject());
        List<Map<String, Object>> schedule = scheduleOf(reminderRoundId, AN_HUNG);
        Map<String, Object> dayBefore = schedule.stream().filter(e -> "D1".equals(e.get("label"))).findFirst()
                .orElseThrow(() -> new AssertionError(schedule.toString()));
        assertEquals("SENT", dayBefore.get("status"), schedule.toString());
        // Planned for when the round opened, after today's reminder time: caught up, not skipped.
        assertTrue(OffsetDateTime.parse(String.valueOf(dayBefore.get("fireAt"))).toInstant()
                .isAfter(PlatformExtension.reminderAt().toInstant().minusSeconds(1)), dayBefore.toString());
    }

    @Test
    @Order(16)
    void theCityClosesTheRoundAndReopensItForTheOverdueUnitAlone() {
        String round = "/api/v1/rounds/" + roundId;
        asUser("hp.admin").header("If-Match", asUser("hp.admin").get(round).header("ETag"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("note", "Chốt số liệu để tổng hợp báo cáo gửi Bộ Khoa học và Công nghệ"))
                .when().post(round + "/close")
                .then().statusCode(200).body("closedAt", notNullValue()).body("closedBy", notNullValue());

        Map<String, Object> anHungReport = Map.of("roundId", roundId, "unitCode", AN_HUNG,
                "content", Content.report("21/BC-UBND", List.of(exact("RADIO_BROADCASTS", 5), exact("PORTAL_ARTICLES", 8))));
        asUser("anhung.officer").header("Idempotency-Key", UUID.randomUUID().toString()).body(anHungReport)
                .when().post("/api/v1/reports")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:round-closed"))
                .body("title", equalTo("Đợt báo cáo đã chốt số liệu"));

        OffsetDateTime reopenedDue = OffsetDateTime.now(VN).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        asUser("hp.admin").header("If-Match", asUser("hp.admin").get(round).header("ETag"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("unitCode", AN_HUNG, "reason", "Xã An Hưng mất điện do bão, chưa gửi được báo cáo",
                        "dueAt", reopenedDue.toString()))
                .when().post(round + "/reopenings")
                .then().statusCode(200)
                .body("reopenings.size()", equalTo(1))
                .body("reopenings[0].unitCode", equalTo(AN_HUNG));

        submit("anhung.officer", AN_HUNG, "21/BC-UBND", List.of(exact("RADIO_BROADCASTS", 5), exact("PORTAL_ARTICLES", 8)))
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("late", equalTo(false));

        JsonPath matrix = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> asUser("hp.staff").get("/api/v1/aggregation/rounds/" + roundId + "/status").jsonPath(),
                        m -> m.getString("closedAt") != null && "SUBMITTED_ON_TIME".equals(status(m, AN_HUNG)));
        assertEquals(List.of(AN_HUNG), matrix.getList("reopenedUnits.unitCode"));
        assertEquals(reopenedDue.toInstant(),
                OffsetDateTime.parse(matrix.getString("reopenedUnits[0].dueAt")).toInstant());
        assertEquals(4, matrix.getInt("overall.submitted"));
        assertEquals(0, matrix.getInt("overall.overdue"));
        assertEquals("ACCEPTED", status(matrix, PHU_LIEN), "closing keeps what was already reviewed");
    }

    /** The planned notices of a unit in a round; null until notification-service has learnt of the round. */
    private static List<Map<String, Object>> scheduleOf(String round, String unit) {
        Response answer = asUser("hp.staff").queryParam("unitCode", unit).get("/api/v1/notifications/rounds/" + round + "/schedule");
        return answer.statusCode() == 200 ? answer.jsonPath().getList("$") : null;
    }

    static String mailbox(String unit) {
        return "vanhoa." + unit + "@e2e.nq57.example";
    }

    private static List<String> subjects(String unit) {
        return MailReader.inbox(PlatformExtension.endpoints().imapPort(), mailbox(unit)).stream()
                .map(MailReader.Mail::subject).toList();
    }

    private static Response submit(String officer, String unit, String number, List<Map<String, Object>> indicators) {
        Response draft = asUser(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("roundId", roundId, "unitCode", unit, "content", Content.report(number, indicators)))
                .when().post("/api/v1/reports");
        draft.then().statusCode(201);
        String id = draft.jsonPath().getString("reportId");
        REPORTS.put(unit, id);
        return asUser(officer).header("If-Match", draft.header("ETag"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post("/api/v1/reports/" + id + "/submit");
    }

    private static String status(JsonPath matrix, String unit) {
        return matrix.getString("units.find { it.unitCode == '" + unit + "' }.status");
    }

    /** The first row of any sheet that names the unit, as header → formatted cell text. */
    private static Map<String, String> rowOf(Workbook workbook, String unit) {
        DataFormatter format = new DataFormatter();
        for (Sheet sheet : workbook) {
            Row header = sheet.getRow(sheet.getFirstRowNum());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (unit.equals(format.formatCellValue(cell))) {
                        Map<String, String> values = new HashMap<>();
                        for (Cell c : row) {
                            Cell title = header == null ? null : header.getCell(c.getColumnIndex());
                            values.put(title == null ? String.valueOf(c.getColumnIndex()) : format.formatCellValue(title),
                                    format.formatCellValue(c));
                        }
                        return values;
                    }
                }
            }
        }
        return Map.of();
    }
}
