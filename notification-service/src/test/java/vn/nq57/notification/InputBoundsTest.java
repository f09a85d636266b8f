package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.TestTokens;
import vn.nq57.testinfra.PlatformTestResource;

/** Every request field is bounded and plain; unknown fields are refused; a refused request changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class InputBoundsTest {

    private static Map<String, Object> contact(String unit, String name) {
        return new HashMap<>(Map.of("scope", "UNIT", "unitCode", unit, "name", name,
                "email", "ubnd." + unit + "@haiphong.test", "channels", List.of("EMAIL")));
    }

    private static void refused(String token, String method, String path, String ifMatch, Object body, String field) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        request.when().request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void badContactsAreRefusedAndChangeNothing() {
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Giới Hạn " + unit, OffsetDateTime.now());
        Fixtures.officer(unit, "first." + unit + "@haiphong.test", null);
        String token = TestTokens.unitOfficer(unit);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(contact(unit, "Nguyễn Văn An"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        Map<String, Object> unknown = contact(unit, "Trần Thị Bình");
        unknown.put("nmae", "x");
        Map<String, Object> nul = contact(unit, "Trần\u0000Bình");
        Map<String, Object> control = contact(unit, "Trần\u001bBình");
        Map<String, Object> tooLong = contact(unit, "B".repeat(301));
        Map<String, Object> userIdNul = contact(unit, "Trần Thị Bình");
        userIdNul.put("userId", "officer-\u0000" + unit);
        Map<String, Object> longDepartment = contact(unit, "Trần Thị Bình");
        longDepartment.put("department", "S".repeat(101));
        Map<String, Object> badChannel = contact(unit, "Trần Thị Bình");
        badChannel.put("channels", List.of("SMS"));
        Map<String, Object> channelByNumber = contact(unit, "Trần Thị Bình");
        channelByNumber.put("channels", List.of("0"));

        for (String[] call : new String[][] {{"POST", "/api/v1/contacts", null}, {"PUT", "/api/v1/contacts/" + id, "\"1\""}}) {
            refused(token, call[0], call[1], call[2], unknown, "nmae");
            refused(token, call[0], call[1], call[2], nul, "name");
            refused(token, call[0], call[1], call[2], control, "name");
            refused(token, call[0], call[1], call[2], tooLong, "name");
            refused(token, call[0], call[1], call[2], userIdNul, "userId");
            refused(token, call[0], call[1], call[2], longDepartment, "department");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(badChannel)
                    .when().request(call[0], call[1]).then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(channelByNumber)
                    .when().request(call[0], call[1]).then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(token).header("Idempotency-Key", "k".repeat(201)).contentType(ContentType.JSON)
                .body(contact(unit, "Trần Thị Bình")).when().post("/api/v1/contacts").then().statusCode(400);
        given().auth().oauth2(token).when().get("/api/v1/contacts?unitCode=123456").then().statusCode(400);
        given().auth().oauth2(token).when().get("/api/v1/contacts?page=2147483647").then().statusCode(400);

        given().auth().oauth2(token).when().get("/api/v1/contacts/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Nguyễn Văn An"));
        given().auth().oauth2(token).when().get("/api/v1/contacts?unitCode=" + unit).then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void badWebhooksAreRefusedAndChangeNothing() {
        String admin = TestTokens.cityAdmin();
        int before = given().auth().oauth2(admin).when().get("/api/v1/webhooks").then().statusCode(200)
                .extract().path("total");
        String url = "http://127.0.0.1:9/hooks";
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", url, "secret", "mine"), "secret");
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", url, "description", "a\u0000b"), "description");
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", url, "description", "d".repeat(501)), "description");
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", url + "\u0000"), "url");
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", "https://egov.example/" + "p".repeat(2000)), "url");
        refused(admin, "POST", "/api/v1/webhooks", null, Map.of("url", url, "kinds", List.of("EVERYTHING")), "kinds[0]");
        given().auth().oauth2(admin).when().get("/api/v1/webhooks").then().statusCode(200).body("total", equalTo(before));
    }

    @Test
    void schedulesAndInboxBoundTheirParameters() {
        String staff = TestTokens.cityStaff();
        given().auth().oauth2(staff).when()
                .get("/api/v1/notifications/rounds/00000000-0000-0000-0000-000000000000/schedule?unitCode=" + "9".repeat(50))
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(staff).when().get("/api/v1/notifications?size=100000").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().auth().oauth2(staff).when().get("/api/v1/notifications?page=99999999").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("page"));
    }
}
