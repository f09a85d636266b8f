package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Every role is refused what it may not do, with a problem and nothing changed. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class AccessTest {

    private static final String CITY_PLAN = DemoData.CITY_PLAN_192.toString();
    private static final String AN_HUNG_PLAN = DemoData.AN_HUNG_PLAN_2026.toString();
    private static final String PHU_LUONG_PLAN = DemoData.PHU_LUONG_PLAN_2025.toString();

    private static void forbidden(io.restassured.response.Response response) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"))
                .body("title", equalTo("Không có quyền thực hiện thao tác này"));
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        given().when().get("/api/v1/plans").then().statusCode(401);
        given().when().get("/api/v1/units").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/v1/plans/" + CITY_PLAN).then().statusCode(401);
        forbidden(given().auth().oauth2(TestTokens.noRole()).when().get("/api/v1/plans"));
        forbidden(given().auth().oauth2(TestTokens.noRole()).when().get("/api/v1/units/31"));
    }

    @Test
    void integrationReadsOnly() {
        String token = TestTokens.integration();
        given().auth().oauth2(token).when().get("/api/v1/plans/" + CITY_PLAN).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/plans/" + CITY_PLAN + "/coverage").then().statusCode(200);
        forbidden(Plans.create(token, Plans.draft("11446", "Kế hoạch của tích hợp")));
        forbidden(given().auth().oauth2(token).when().post("/api/v1/plans/" + CITY_PLAN + "/close"));
        forbidden(given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body("code,name,type,parent_code\n")
                .when().post("/api/v1/units/import"));
    }

    @Test
    void cityStaffReadsTheProvinceButChangesNothing() {
        String token = TestTokens.cityStaff();
        given().auth().oauth2(token).when().get("/api/v1/plans/" + AN_HUNG_PLAN).then().statusCode(200);
        forbidden(Plans.create(token, Plans.draft("11446", "Kế hoạch của cán bộ thành phố")));
        forbidden(Plans.issue(token, AN_HUNG_PLAN, Plans.freshNumber(), "2026-03-01"));
        forbidden(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", "99101", "name", "Thử", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units"));
        forbidden(given().auth().oauth2(token).when().get("/api/v1/plans/" + PHU_LUONG_PLAN));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/plans/" + AN_HUNG_PLAN)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aUnitOfficerWorksOnTheirOwnUnitOnly() {
        String token = TestTokens.unitOfficer(DemoData.PHU_LIEN);
        forbidden(given().auth().oauth2(token).when().get("/api/v1/plans/" + AN_HUNG_PLAN));
        forbidden(given().auth().oauth2(token).when().get("/api/v1/plans/" + CITY_PLAN));
        forbidden(Plans.create(token, Plans.draft(DemoData.AN_HUNG, "Kế hoạch của xã khác")));
        String etag = given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/plans/" + AN_HUNG_PLAN)
                .header("ETag");
        forbidden(given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Plans.draft(DemoData.AN_HUNG, "Sửa kế hoạch của xã khác")).when().put("/api/v1/plans/" + AN_HUNG_PLAN));
        forbidden(Plans.issue(token, AN_HUNG_PLAN, Plans.freshNumber(), "2026-03-01"));
        forbidden(given().auth().oauth2(token).when().get("/api/v1/plans/" + CITY_PLAN + "/coverage"));
        given().auth().oauth2(token).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.unitCode", everyItem(equalTo(DemoData.PHU_LIEN)));
        given().auth().oauth2(token).when().get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(DemoData.PHU_LIEN));
        forbidden(given().auth().oauth2(token).when().get("/api/v1/units/" + DemoData.AN_HUNG));
        forbidden(given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body("code,name,type,parent_code\n")
                .when().post("/api/v1/units/import"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/plans/" + AN_HUNG_PLAN)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("title", equalTo(
                        "Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
                                + "khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn xã An Hưng năm 2026"));
    }

    @Test
    void aCityAdminStaysInTheirProvince() {
        String hanoi = TestTokens.otherCityAdmin();
        given().auth().oauth2(hanoi).when().get("/api/v1/plans/" + PHU_LUONG_PLAN).then().statusCode(200);
        forbidden(given().auth().oauth2(hanoi).when().get("/api/v1/plans/" + CITY_PLAN));
        forbidden(Plans.create(hanoi, Plans.draft(DemoData.PHU_LIEN, "Kế hoạch của tỉnh khác")));
        forbidden(given().auth().oauth2(hanoi).when().get("/api/v1/units/" + DemoData.PHU_LIEN));
        forbidden(given().auth().oauth2(hanoi).contentType(ContentType.JSON)
                .body(Map.of("code", "99102", "name", "Thử", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units"));
        given().auth().oauth2(hanoi).contentType("text/csv; charset=UTF-8")
                .body("code,name,full_name,type,parent_code\n99103,Thử,Xã Thử,xa,31\n")
                .when().post("/api/v1/units/import")
                .then().statusCode(200).body("failed", equalTo(1)).body("created", equalTo(0))
                .body("results[0].reason", equalTo("unit would belong to province 31, outside your province"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99103").then().statusCode(404);
        forbidden(given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/plans/" + PHU_LUONG_PLAN));
    }
}
