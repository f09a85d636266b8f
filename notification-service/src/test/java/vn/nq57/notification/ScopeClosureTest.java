package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.security.Claims;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** A token that names no unit or province reaches nothing; a contact's userId is a real user of its scope. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class ScopeClosureTest {

    private static final String OFFICER_WITHOUT_UNIT =
            TestTokens.token("officer-no-unit", Set.of(Roles.UNIT_OFFICER), Map.of());
    private static final String ADMIN_WITHOUT_PROVINCE =
            TestTokens.token("admin-no-province", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), Map.of());

    private static Map<String, Object> contact(String unit, String userId) {
        Map<String, Object> body = new HashMap<>(Map.of("scope", "UNIT", "unitCode", unit, "name", "Cán bộ " + unit,
                "channels", List.of("INBOX")));
        body.put("userId", userId);
        return body;
    }

    private static String unitWithRound(UUID roundId) {
        OffsetDateTime now = OffsetDateTime.now();
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Phạm Vi " + unit, now);
        Fixtures.officer(unit, "vhxh." + unit + "@haiphong.test", null);
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo phạm vi", now.plusDays(20), null, List.of(unit), 1), now);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule").then().statusCode(200));
        return unit;
    }

    @Test
    void tokensWithoutUnitOrProvinceGetForbiddenEverywhere() {
        UUID roundId = UUID.randomUUID();
        unitWithRound(roundId);
        for (String token : List.of(OFFICER_WITHOUT_UNIT, ADMIN_WITHOUT_PROVINCE)) {
            given().auth().oauth2(token).when().get("/api/v1/contacts").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/notifications/rounds/" + roundId + "/schedule").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/notifications").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count").then().statusCode(403);
        }
        given().auth().oauth2(ADMIN_WITHOUT_PROVINCE).when().get("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("egov-no-province", Set.of(Roles.INTEGRATION), Map.of()))
                .when().get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsSchedule() {
        UUID roundId = UUID.randomUUID();
        String unit = unitWithRound(roundId);
        given().auth().oauth2(TestTokens.unitOfficer(unit)).when().get("/api/v1/notifications/rounds/" + roundId + "/schedule")
                .then().statusCode(200).body("unitCode", everyItem(equalTo(unit))).body("size()", greaterThan(0));
        given().auth().oauth2(TestTokens.unitOfficer("11446")).when().get("/api/v1/notifications/rounds/" + roundId + "/schedule")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aContactsUserIsTheOfficerThemselvesOrAKnownUserOfTheScope() {
        OffsetDateTime now = OffsetDateTime.now();
        String unit = Fixtures.newUnitCode();
        String other = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Người Dùng " + unit, now);
        Fixtures.unit(other, "Phường Khác " + other, now);
        Fixtures.officer(unit, "first." + unit + "@haiphong.test", null);
        Fixtures.officer(other, "first." + other + "@haiphong.test", null);
        String officer = TestTokens.unitOfficer(unit);

        // an officer names only themselves
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(contact(unit, "officer-" + unit))
                .when().post("/api/v1/contacts").then().statusCode(201);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(contact(unit, "city-admin-hp"))
                .when().post("/api/v1/contacts").then().statusCode(403).contentType("application/problem+json");

        // a city admin names a user who signed in as an officer of that unit, and no one else
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(contact(unit, "nobody-" + unit))
                .when().post("/api/v1/contacts").then().statusCode(400).body("errors[0].field", equalTo("userId"));
        Fixtures.signIn(TestTokens.unitOfficer(other));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(contact(unit, "officer-" + other))
                .when().post("/api/v1/contacts").then().statusCode(400).body("errors[0].field", equalTo("userId"));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(contact(other, "officer-" + other))
                .when().post("/api/v1/contacts").then().statusCode(201);

        // department contacts: staff of the province only
        Map<String, Object> department = new HashMap<>(Map.of("scope", "DEPARTMENT", "department", "SKHCN",
                "name", "Sở KHCN", "channels", List.of("INBOX"), "userId", "staff-hp-" + unit));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(department)
                .when().post("/api/v1/contacts").then().statusCode(400).body("errors[0].field", equalTo("userId"));
        Fixtures.signIn(TestTokens.token("staff-hp-" + unit, Set.of(Roles.CITY_STAFF), Map.of(Claims.PROVINCE_CODE, "31")));
        Fixtures.signIn(TestTokens.token("staff-hn-" + unit, Set.of(Roles.CITY_STAFF), Map.of(Claims.PROVINCE_CODE, "01")));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(department)
                .when().post("/api/v1/contacts").then().statusCode(201);
        department.put("userId", "staff-hn-" + unit);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(department)
                .when().post("/api/v1/contacts").then().statusCode(400).body("errors[0].field", equalTo("userId"));

        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/contacts?unitCode=" + unit)
                .then().statusCode(200).body("total", equalTo(2));
    }
}
