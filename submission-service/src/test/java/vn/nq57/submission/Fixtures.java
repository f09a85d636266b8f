package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.EventWriter;
import vn.nq57.testinfra.TestTokens;

/** Shared steps: feeding the local copies as plan-service does, opening rounds, writing reports. */
final class Fixtures {

    static final String NGUYEN_LUONG_BANG = "11242";
    static final String PHU_LIEN = "11446";
    static final String AN_HUNG = "11674";
    static final String CAT_HAI = "11914";
    static final List<String> UNITS = List.of(NGUYEN_LUONG_BANG, PHU_LIEN, AN_HUNG, CAT_HAI);
    /** Phường Ba Đình of Hà Nội (01): a unit of another province. */
    static final String HA_NOI_UNIT = "00004";

    private Fixtures() {
    }

    /** Publishes Hải Phòng, its seed units and an issued city plan, as plan-service would. */
    static UUID publishCityPlan() {
        UUID planId = UUID.randomUUID();
        try (EventWriter writer = new EventWriter()) {
            writer.send(unit("31", "Hải Phòng", UnitType.CITY, null));
            writer.send(unit(NGUYEN_LUONG_BANG, "Nguyễn Lương Bằng", UnitType.XA, "31"));
            writer.send(unit(PHU_LIEN, "Phù Liễn", UnitType.PHUONG, "31"));
            writer.send(unit(AN_HUNG, "An Hưng", UnitType.XA, "31"));
            writer.send(unit(CAT_HAI, "Cát Hải", UnitType.DAC_KHU, "31"));
            writer.send(EventCodec.wrap(EventType.PLAN_ISSUED, EventSources.PLAN_SERVICE, planId.toString(),
                    new PlanSnapshot(planId, 1, null, PlanStatus.ISSUED, "31", "192/KH-UBND",
                            "Tuyên truyền Nghị quyết số 57-NQ/TW", LocalDate.of(2025, 8, 8), 2025, null, null, 1),
                    OffsetDateTime.now()));
        }
        return planId;
    }

    /** Publishes one more unit, as plan-service would. */
    static void publishUnit(String code, String name, String province) {
        try (EventWriter writer = new EventWriter()) {
            writer.send(unit(code, name, UnitType.PHUONG, province));
        }
    }

    private static vn.nq57.contracts.events.EventEnvelope unit(String code, String name, UnitType type, String parent) {
        return EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, code,
                new UnitSnapshot(code, name, type.name() + " " + name, type, parent, List.of(), true, 1),
                OffsetDateTime.now());
    }

    static Map<String, Object> roundBody(UUID planId, OffsetDateTime dueAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId.toString());
        body.put("title", "Báo cáo kết quả thực hiện Kế hoạch 192/KH-UBND");
        body.put("request", Map.of("numberSymbol", "4383/SKHCN-TTTT", "issuedOn", "2025-12-02",
                "issuer", "Sở Khoa học và Công nghệ"));
        body.put("period", Map.of("kind", "YEAR", "year", 2025));
        body.put("dueAt", dueAt.toString());
        body.put("resubmissionDays", 3);
        body.put("unitCodes", UNITS);
        return body;
    }

    /** Opens a round once the local copies know the plan and units (they arrive through Kafka). */
    static String openRound(Map<String, Object> body) {
        List<String> id = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Response response = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/rounds");
            org.junit.jupiter.api.Assertions.assertEquals(201, response.statusCode(), response.asString());
            id.add(response.jsonPath().getString("roundId"));
        });
        return id.get(0);
    }

    static String openRound(UUID planId, OffsetDateTime dueAt) {
        return openRound(roundBody(planId, dueAt));
    }

    /** A complete report: every required section of the default outline written, and seed numbers. */
    static Map<String, Object> completeContent() {
        Map<String, Object> content = new HashMap<>();
        content.put("header", Map.of("numberSymbol", "311/BC-UBND", "place", "Phù Liễn", "date", "2025-12-03",
                "signerTitles", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "recipients", List.of("Sở KH&CN", "Lưu: VT, VHXH")));
        content.put("sections", List.of(
                section("I.1.1", "Quán triệt tới 100% cán bộ, công chức, viên chức."),
                section("I.1.2", "Kế hoạch số 48/KH-UBND ngày 20/8/2025."),
                section("I.2.1", "Duy trì phát sóng trên 71 cụm loa truyền thanh số và 38 cụm có dây."),
                section("I.2.2", "Đăng tải hơn 445 tin bài về cải cách hành chính và chuyển đổi số."),
                section("I.4", "Nhận thức của cán bộ và người dân được nâng lên."),
                section("I.5", "Hoạt động truyền thông chưa được duy trì thường xuyên."),
                section("II", "Công tác tuyên truyền được triển khai đồng bộ."),
                section("III", "Kiến nghị hỗ trợ kinh phí.")));
        content.put("indicators", List.of(
                Map.of("code", "PORTAL_ARTICLES", "qualifier", "AT_LEAST", "value", 445),
                Map.of("code", "EVENT_PARTICIPANTS", "qualifier", "AT_LEAST", "value", 1500),
                Map.of("code", "DEVICES_WITH_APPS", "qualifier", "AT_LEAST", "value", 2000),
                Map.of("code", "LOUDSPEAKER_CLUSTERS_DIGITAL", "qualifier", "EXACT", "value", 71),
                Map.of("code", "TRAINING_PARTICIPANTS", "qualifier", "RANGE", "min", 125, "max", 130),
                Map.of("code", "ONLINE_DOSSIER_RATE", "qualifier", "RATIO", "numerator", 5010, "denominator", 5092,
                        "note", "98,39%")));
        content.put("difficulties", List.of(Map.of("text", "Người cao tuổi ít sử dụng nền tảng số", "theme", "OUTREACH")));
        content.put("causes", List.of(Map.of("text", "Cán bộ phụ trách truyền thông chủ yếu là kiêm nhiệm", "theme", "STAFFING")));
        content.put("recommendations", List.of(Map.of("text", "Hỗ trợ kinh phí tuyên truyền chuyển đổi số cấp xã",
                "addressee", "UBND thành phố")));
        return content;
    }

    static Map<String, String> section(String code, String text) {
        return Map.of("code", code, "text", text);
    }

    /** Creates a unit's draft with the complete content; answers the report id. */
    static String createDraft(String roundId, String unitCode) {
        return given().auth().oauth2(TestTokens.unitOfficer(unitCode)).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", unitCode, "content", completeContent()))
                .post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getString("reportId");
    }

    static io.restassured.response.ValidatableResponse submit(String reportId, String unitCode) {
        return given().auth().oauth2(TestTokens.unitOfficer(unitCode)).post("/api/v1/reports/" + reportId + "/submit")
                .then();
    }
}
