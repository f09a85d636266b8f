package vn.nq57.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies and calls shared by the plan tests, written like the seed plans. */
final class Plans {

    private Plans() {
    }

    static Map<String, Object> draft(String unitCode, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unitCode);
        body.put("title", title);
        body.put("place", "Hải Phòng");
        body.put("year", 2026);
        body.put("legalBases", List.of(Map.of("numberSymbol", "57-NQ/TW", "issuedOn", "2024-12-22",
                "issuer", "Bộ Chính trị")));
        body.put("purposes", List.of("Nâng cao nhận thức cho cán bộ, công chức, viên chức và người dân."));
        body.put("requirements", List.of("Tuyên truyền kịp thời, thường xuyên, có trọng tâm, trọng điểm."));
        body.put("contentThemes", List.of(
                Map.of("code", "1.1", "title", "Chủ trương của Đảng, chính sách, pháp luật của Nhà nước"),
                Map.of("code", "1.2", "title", "Nghị quyết số 57-NQ/TW và định hướng triển khai tại thành phố",
                        "points", List.of("Giới thiệu mục tiêu, nhiệm vụ và giải pháp trọng tâm."))));
        body.put("channels", List.of(Map.of("channel", "RADIO_LOUDSPEAKER", "description", "Đài truyền thanh phường"),
                Map.of("channel", "SOCIAL_MEDIA", "description", "Fanpage, Zalo OA")));
        body.put("budgetSource", "Ngân sách địa phương và nguồn xã hội hóa hợp pháp");
        body.put("assignments", List.of(Map.of("office", "Phòng Văn hóa - Xã hội", "role", "LEAD",
                "tasks", List.of("Chủ trì tổ chức thực hiện Kế hoạch"), "dueOn", "2026-12-15")));
        body.put("recipients", List.of("Sở Khoa học và Công nghệ", "Lưu: VT, VHXH."));
        body.put("signer", Map.of("capacityLines", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "name", "Nguyễn Văn An"));
        return body;
    }

    /** A number/symbol nobody else in the suite uses. */
    static String freshNumber() {
        return ThreadLocalRandom.current().nextInt(1000, 999_999) + "/KH-UBND";
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/plans");
    }

    static Response issue(String token, String planId, String number, String date) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("numberSymbol", number, "issuedOn", date))
                .when().post("/api/v1/plans/" + planId + "/issue");
    }

    /** Creates and issues a plan; answers its id. */
    static String issued(String token, Map<String, Object> body, String number, String date) {
        String id = create(token, body).then().statusCode(201).extract().path("id");
        issue(token, id, number, date).then().statusCode(200);
        return id;
    }
}
