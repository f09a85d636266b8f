package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class PlanLifecycleTest {

    private static final String PHU_LIEN = "11446";
    private static final String NGUYEN_LUONG_BANG = "11242";
    private static final String CAT_HAI = "11914";

    @Test
    void createEditIssueAmendAndCloseWithEventsOnTheBroker() {
        String officer = TestTokens.unitOfficer(PHU_LIEN);
        Map<String, Object> body = Plans.draft(PHU_LIEN, "Tuyên truyền Nghị quyết số 57-NQ/TW trên địa bàn phường Phù Liễn năm 2026");
        Response created = Plans.create(officer, body);
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("versionNumber", equalTo(1))
                .body("contentThemes[1].points[0]", equalTo("Giới thiệu mục tiêu, nhiệm vụ và giải pháp trọng tâm."))
                .body("assignments[0].dueOn", equalTo("2026-12-15"));
        String id = created.path("id");
        String etag = created.header("ETag");
        assertTrue(created.header("Location").endsWith("/api/v1/plans/" + id));

        body.put("title", "Tuyên truyền Nghị quyết số 57-NQ/TW và phong trào “Bình dân học vụ số” năm 2026");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:precondition-required"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(body)
                .when().put("/api/v1/plans/" + id)
                .then().statusCode(412).body("type", equalTo("urn:nq57:problem:precondition-failed"));
        Response edited = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).when().put("/api/v1/plans/" + id);
        edited.then().statusCode(200).body("title", equalTo(body.get("title")));
        assertNotEquals(etag, edited.header("ETag"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/plans/" + id)
                .then().statusCode(412);

        String number = Plans.freshNumber();
        Plans.issue(officer, id, number, "2026-03-20").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("numberSymbol", equalTo(number))
                .body("issuedOn", equalTo("2026-03-20"));
        String issuedEtag = given().auth().oauth2(officer).when().get("/api/v1/plans/" + id).header("ETag");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", issuedEtag).body(body)
                .when().put("/api/v1/plans/" + id)
                .then().statusCode(409).body("type", equalTo("urn:nq57:problem:invalid-state"));

        Response amendment = given().auth().oauth2(officer).when().post("/api/v1/plans/" + id + "/amendments");
        amendment.then().statusCode(201).body("id", equalTo(id)).body("versionNumber", equalTo(2))
                .body("replacesVersion", equalTo(1)).body("status", equalTo("DRAFT"))
                .body("numberSymbol", nullValue());
        body.put("budgetSource", "Ngân sách phường năm 2026");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", amendment.header("ETag"))
                .body(body).when().put("/api/v1/plans/" + id)
                .then().statusCode(200).body("budgetSource", equalTo("Ngân sách phường năm 2026"));
        String amendedNumber = Plans.freshNumber();
        Plans.issue(officer, id, amendedNumber, "2026-06-01").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("versionNumber", equalTo(2));
        given().auth().oauth2(officer).queryParam("version", 1).when().get("/api/v1/plans/" + id)
                .then().statusCode(200).body("status", equalTo("AMENDED")).body("numberSymbol", equalTo(number));
        given().auth().oauth2(officer).when().get("/api/v1/plans/" + id + "/versions")
                .then().statusCode(200).body("status", equalTo(List.of("AMENDED", "ISSUED")));

        given().auth().oauth2(officer).when().post("/api/v1/plans/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        try (EventReader reader = new EventReader(Topics.PLANS)) {
            List<EventReader.Received> events = reader.awaitCount(r -> r.key().equals(id), 3, Duration.ofSeconds(30));
            assertEquals(List.of("vn.nq57.plan.issued", "vn.nq57.plan.amended", "vn.nq57.plan.closed"),
                    events.stream().map(r -> r.event().type()).toList());
            EventReader.Received issued = events.get(0);
            assertEquals(EventEnvelope.CONTENT_TYPE, issued.headers().get("content-type"));
            assertEquals(id, issued.event().subject());
            PlanSnapshot first = EventCodec.data(issued.event(), PlanSnapshot.class);
            assertEquals(UUID.fromString(id), first.planId());
            assertEquals(PlanStatus.ISSUED, first.status());
            assertEquals(number, first.numberSymbol());
            assertEquals(PHU_LIEN, first.unitCode());
            assertEquals(1, first.versionNumber());
            PlanSnapshot amended = EventCodec.data(events.get(1).event(), PlanSnapshot.class);
            assertEquals(2, amended.versionNumber());
            assertEquals(1, amended.replacesVersion());
            assertEquals(amendedNumber, amended.numberSymbol());
            assertTrue(amended.revision() > first.revision());
            PlanSnapshot closed = EventCodec.data(events.get(2).event(), PlanSnapshot.class);
            assertEquals(PlanStatus.CLOSED, closed.status());
            assertTrue(closed.revision() > amended.revision());
        }
    }

    @Test
    void aNumberIsUniquePerUnitAndYear() {
        String admin = TestTokens.cityAdmin();
        String number = Plans.freshNumber();
        Plans.issued(admin, Plans.draft(NGUYEN_LUONG_BANG, "Kế hoạch tuyên truyền thứ nhất"), number, "2026-02-10");
        String second = Plans.create(admin, Plans.draft(NGUYEN_LUONG_BANG, "Kế hoạch tuyên truyền thứ hai"))
                .then().statusCode(201).extract().path("id");

        Plans.issue(admin, second, number, "2026-04-01").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:conflict"))
                .body("errors[0].field", equalTo("numberSymbol"));
        given().auth().oauth2(admin).when().get("/api/v1/plans/" + second)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("numberSymbol", nullValue());

        Plans.issue(admin, second, "48", "2026-04-01").then().statusCode(400)
                .body("errors[0].field", equalTo("numberSymbol"));
        // Another unit may use the same number, and so may the same unit in another year.
        Plans.issued(admin, Plans.draft(CAT_HAI, "Kế hoạch của đặc khu Cát Hải"), number, "2026-04-01");
        Plans.issue(admin, second, number, "2027-01-05").then().statusCode(200);
    }

    @Test
    void badRequestsAreClearProblemsAndChangeNothing() {
        String admin = TestTokens.cityAdmin();
        long before = given().auth().oauth2(admin).queryParam("size", 1).when().get("/api/v1/plans")
                .then().statusCode(200).extract().jsonPath().getLong("total");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"unitCode\": \"11446\", \"title\": ")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:malformed-request"))
                .body("title", equalTo("Yêu cầu không đúng định dạng"));

        Map<String, Object> noTitle = Plans.draft(PHU_LIEN, "x");
        noTitle.remove("title");
        Plans.create(admin, noTitle).then().statusCode(400)
                .body("type", equalTo("urn:nq57:problem:validation"))
                .body("errors.field", hasItem("title"));

        Plans.create(admin, Plans.draft("99999", "Kế hoạch của đơn vị không tồn tại")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode"))
                .body("errors[0].reason", equalTo("unknown unit 99999"));

        Map<String, Object> duplicateTheme = Plans.draft(PHU_LIEN, "Kế hoạch có mục trùng số");
        duplicateTheme.put("contentThemes", List.of(Map.of("code", "1.1", "title", "Một"),
                Map.of("code", "1.1", "title", "Hai")));
        Plans.create(admin, duplicateTheme).then().statusCode(400)
                .body("errors[0].field", equalTo("contentThemes[1].code"));

        Map<String, Object> badChannel = Plans.draft(PHU_LIEN, "Kế hoạch có kênh lạ");
        badChannel.put("channels", List.of(Map.of("channel", "TELEPATHY")));
        Plans.create(admin, badChannel).then().statusCode(400).body("errors[0].field", equalTo("channels[0].channel"));

        Map<String, Object> foreignParent = Plans.draft("09568", "Kế hoạch của Phú Lương");
        foreignParent.put("parentPlanId", "c0a80192-5700-4000-8000-000000000192");
        Plans.create(TestTokens.otherCityAdmin(), foreignParent).then().statusCode(400)
                .body("errors[0].field", equalTo("parentPlanId"));

        given().auth().oauth2(admin).when().get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:nq57:problem:not-found"));
        given().auth().oauth2(admin).queryParam("size", 1).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo((int) before));
    }

    @Test
    void searchIsAccentAndCaseInsensitiveAndFilters() {
        String officer = TestTokens.unitOfficer(CAT_HAI);
        String marker = "đợt " + System.nanoTime();
        Map<String, Object> body = Plans.draft(CAT_HAI, "Tuyên truyền chuyển đổi số cho ngư dân đặc khu Cát Hải");
        body.put("year", 2027);
        body.put("contentThemes", List.of(Map.of("code", "1.1",
                "title", "Hướng dẫn người cao tuổi dùng VNeID " + marker)));
        String id = Plans.create(officer, body).then().statusCode(201).extract().path("id");

        String folded = "HUONG DAN nguoi cao tuoi dung vneid dot " + marker.substring(4);
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("q", folded).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(officer).queryParam("q", "tuyen truyen chuyen doi so cho ngu dan")
                .when().get("/api/v1/plans")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("q", "tuyen truyen").queryParam("unit", CAT_HAI)
                .queryParam("year", 2027).queryParam("status", "DRAFT").when().get("/api/v1/plans")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.unitCode", everyItem(equalTo(CAT_HAI)))
                .body("items.year", everyItem(equalTo(2027)));
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("q", "tuyen truyen").queryParam("status", "CLOSED")
                .queryParam("unit", CAT_HAI).queryParam("year", 2027).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("q", "tuyen truyen").queryParam("size", 2)
                .when().get("/api/v1/plans")
                .then().statusCode(200).body("size", equalTo(2)).body("total", greaterThanOrEqualTo(2))
                .body("items.size()", equalTo(2));
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("size", 0).when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void coverageOfACityPlanListsWhoIssuedAndWhoDidNot() {
        String admin = TestTokens.cityAdmin();
        String cityPlan = Plans.issued(admin, Plans.draft("31", "Kế hoạch tuyên truyền của thành phố năm 2026"),
                Plans.freshNumber(), "2026-01-15");

        Map<String, Object> phuLien = Plans.draft(PHU_LIEN, "Kế hoạch thực hiện kế hoạch của thành phố");
        phuLien.put("parentPlanId", cityPlan);
        String phuLienNumber = Plans.freshNumber();
        String phuLienPlan = Plans.issued(TestTokens.unitOfficer(PHU_LIEN), phuLien, phuLienNumber, "2026-02-01");
        Map<String, Object> nlb = Plans.draft(NGUYEN_LUONG_BANG, "Dự thảo kế hoạch thực hiện");
        nlb.put("parentPlanId", cityPlan);
        String nlbDraft = Plans.create(TestTokens.unitOfficer(NGUYEN_LUONG_BANG), nlb).then().statusCode(201)
                .extract().path("id");

        var coverage = given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + cityPlan + "/coverage")
                .then().statusCode(200)
                .body("issuedCount", equalTo(1))
                .body("draftingCount", equalTo(1))
                .body("issued[0].unitCode", equalTo(PHU_LIEN))
                .body("issued[0].planId", equalTo(phuLienPlan))
                .body("issued[0].numberSymbol", equalTo(phuLienNumber))
                .body("notIssued.find { it.unitCode == '11242' }.draftPlanId", equalTo(nlbDraft))
                .body("notIssued.find { it.unitCode == '11914' }.unitName", equalTo("Đặc khu Cát Hải"))
                .body("notIssued.find { it.unitCode == '11914' }.draftPlanId", nullValue())
                .extract().jsonPath();
        int total = coverage.getInt("totalUnits");
        assertTrue(total >= 114);
        assertEquals(total, coverage.getInt("issuedCount") + coverage.getInt("notIssuedCount"));
        assertEquals(total - 1, coverage.getList("notIssued").size());

        given().auth().oauth2(TestTokens.cityStaff()).queryParam("parentPlanId", cityPlan).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + phuLienPlan + "/coverage")
                .then().statusCode(409).body("type", equalTo("urn:nq57:problem:invalid-state"));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/plans/" + cityPlan)
                .then().statusCode(200).body("numberSymbol", notNullValue());
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOnePlan() {
        String officer = TestTokens.unitOfficer(PHU_LIEN);
        String marker = "lần gửi " + System.nanoTime();
        Map<String, Object> body = Plans.draft(PHU_LIEN, "Kế hoạch gửi lại " + marker);
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(officer).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/plans");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(officer).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/plans");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("title", equalTo(body.get("title")));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        given().auth().oauth2(officer).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(officer).header("Idempotency-Key", key)
                .when().post("/api/v1/plans/" + first.path("id") + "/close")
                .then().statusCode(422).body("type", equalTo("urn:nq57:problem:idempotency-key-reused"));
    }

    @Test
    void anotherPlanSupersedesAnIssuedOne() {
        String admin = TestTokens.cityAdmin();
        String old = Plans.issued(admin, Plans.draft(CAT_HAI, "Kế hoạch cũ của đặc khu"), Plans.freshNumber(), "2026-01-10");
        String replacement = Plans.issued(admin, Plans.draft(CAT_HAI, "Kế hoạch thay thế của đặc khu"),
                Plans.freshNumber(), "2026-05-10");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("supersededByPlanId", old))
                .when().post("/api/v1/plans/" + old + "/supersede")
                .then().statusCode(400).body("errors[0].field", equalTo("supersededByPlanId"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("supersededByPlanId", replacement))
                .when().post("/api/v1/plans/" + old + "/supersede")
                .then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededByPlanId", equalTo(replacement));
        given().auth().oauth2(admin).when().post("/api/v1/plans/" + old + "/close")
                .then().statusCode(409).body("type", equalTo("urn:nq57:problem:invalid-state"));
        try (EventReader reader = new EventReader(Topics.PLANS)) {
            EventReader.Received event = reader.await(r -> r.key().equals(old)
                    && r.event().type().equals("vn.nq57.plan.superseded"), Duration.ofSeconds(30));
            PlanSnapshot snapshot = EventCodec.data(event.event(), PlanSnapshot.class);
            assertEquals(UUID.fromString(replacement), snapshot.supersededByPlanId());
            assertEquals(PlanStatus.SUPERSEDED, snapshot.status());
        }
    }
}
