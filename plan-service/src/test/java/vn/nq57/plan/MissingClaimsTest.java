package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** A token that lacks its scope claim gets nothing: no province means no province, no unit means 403. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class MissingClaimsTest {

    private static void forbidden(Response response) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"));
    }

    @Test
    void anOfficerWithoutUnitCodeIsRefused() {
        String officer = TestTokens.token("officer-without-unit", Set.of(Roles.UNIT_OFFICER), Map.of());
        forbidden(given().auth().oauth2(officer).when().get("/api/v1/units"));
        forbidden(given().auth().oauth2(officer).when().get("/api/v1/units/" + DemoData.PHU_LIEN));
        forbidden(given().auth().oauth2(officer).when().get("/api/v1/plans"));
        forbidden(given().auth().oauth2(officer).when().get("/api/v1/plans/" + DemoData.AN_HUNG_PLAN_2026));
        forbidden(Plans.create(officer, Plans.draft(DemoData.PHU_LIEN, "Kế hoạch không có đơn vị")));
    }

    @Test
    void cityRolesAndIntegrationsWithoutProvinceSeeAndChangeNothing() {
        String staff = TestTokens.token("staff-without-province", Set.of(Roles.CITY_STAFF), Map.of());
        String admin = TestTokens.token("admin-without-province", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), Map.of());
        String integration = TestTokens.token("egov-without-province", Set.of(Roles.INTEGRATION), Map.of());
        for (String token : new String[] {staff, admin, integration}) {
            given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
            forbidden(given().auth().oauth2(token).when().get("/api/v1/units/31"));
            forbidden(given().auth().oauth2(token).when().get("/api/v1/plans/" + DemoData.CITY_PLAN_192));
        }
        forbidden(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99201", "name", "Không Tỉnh", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units"));
        given().auth().oauth2(admin).contentType("text/csv; charset=UTF-8")
                .body("code,name,type,parent_code\n99202,Không Tỉnh,xa,31\n")
                .when().post("/api/v1/units/import")
                .then().statusCode(200).body("created", equalTo(0)).body("failed", equalTo(1))
                .body("results[0].column", equalTo("parent_code"));
        forbidden(Plans.create(admin, Plans.draft(DemoData.PHU_LIEN, "Kế hoạch không có tỉnh")));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99201").then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units/99202").then().statusCode(404);
    }
}
