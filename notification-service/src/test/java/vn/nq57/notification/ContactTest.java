package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class ContactTest {

    private static Map<String, Object> officer(String unit, String name) {
        return Map.of("scope", "UNIT", "unitCode", unit, "name", name, "email", "ubnd." + unit + "@haiphong.test",
                "phone", "0225 3842 111", "userId", "officer-" + unit, "channels", List.of("EMAIL", "INBOX"));
    }

    @Test
    void officersManageTheirOwnUnitWithVersionsAndIdempotency() {
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Liên Hệ " + unit, OffsetDateTime.now());
        Fixtures.officer(unit, "first." + unit + "@haiphong.test", null);
        String token = TestTokens.unitOfficer(unit);
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(officer(unit, "Nguyễn Thị Hoa")).when().post("/api/v1/contacts")
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(officer(unit, "Nguyễn Thị Hoa")).when().post("/api/v1/contacts")
                .then().statusCode(201).body("id", equalTo(id));
        given().auth().oauth2(token).when().get("/api/v1/contacts?unitCode=" + unit)
                .then().statusCode(200).body("total", equalTo(2));

        given().auth().oauth2(token).when().get("/api/v1/contacts/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(officer(unit, "Trần Văn Nam"))
                .when().put("/api/v1/contacts/" + id).then().statusCode(428);
        given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(officer(unit, "Trần Văn Nam")).when().put("/api/v1/contacts/" + id).then().statusCode(412);
        given().auth().oauth2(token).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(officer(unit, "Trần Văn Nam")).when().put("/api/v1/contacts/" + id)
                .then().statusCode(200).body("name", equalTo("Trần Văn Nam")).body("version", equalTo(2));
        given().auth().oauth2(token).when().get("/api/v1/contacts/" + id).then().body("name", equalTo("Trần Văn Nam"));

        given().auth().oauth2(TestTokens.unitOfficer("11446")).contentType(ContentType.JSON)
                .body(officer(unit, "Người Lạ")).when().post("/api/v1/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer("11446")).when().get("/api/v1/contacts/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.otherCityAdmin()).when().get("/api/v1/contacts/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer("11446")).when().delete("/api/v1/contacts/" + id).then().statusCode(404);
        given().auth().oauth2(token).when().delete("/api/v1/contacts/" + id).then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/v1/contacts/" + id).then().statusCode(404);
    }

    @Test
    void invalidContactsChangeNothing() {
        given().contentType(ContentType.JSON).body(officer("11446", "A")).when().post("/api/v1/contacts")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole()).contentType(ContentType.JSON).body(officer("11446", "A"))
                .when().post("/api/v1/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                .body(Map.of("scope", "UNIT", "unitCode", "11446", "name", "A", "email", "not-an-email",
                        "channels", List.of("EMAIL")))
                .when().post("/api/v1/contacts").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Dữ liệu không hợp lệ")).body("errors[0].field", equalTo("email"));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                .body(officer("99999", "A")).when().post("/api/v1/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                .body(Map.of("scope", "DEPARTMENT", "name", "Sở KHCN", "channels", List.of("INBOX")))
                .when().post("/api/v1/contacts").then().statusCode(400);
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON)
                .body(Map.of("scope", "DEPARTMENT", "department", "SKHCN", "name", "Sở KHCN", "email",
                        "skhcn@haiphong.test", "channels", List.of("EMAIL")))
                .when().post("/api/v1/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/contacts?unitCode=99999")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
