package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.notification.contact.ContactChannel;
import vn.nq57.notification.contact.ContactRequest;
import vn.nq57.notification.contact.ContactScope;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * Idempotency-Key (the shared rules of service-support over notification's table) replays the first
 * answer whole, refuses a blank key, answers 409 while the first runs and takes over a crashed claim
 * after the lease. Keys are per caller, not per endpoint: one key on two endpoints is 422.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class IdempotencyTest {

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private static Map<String, Object> contact(String unit) {
        return Map.of("scope", "UNIT", "unitCode", unit, "name", "Lê Thị Mai", "email", "idem." + unit + "@haiphong.test",
                "channels", List.of("EMAIL"));
    }

    private String newUnit() {
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Xã Một Lần " + unit, OffsetDateTime.now());
        Fixtures.officer(unit, "first." + unit + "@haiphong.test", null);
        return unit;
    }

    private static int contacts(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/contacts").then().statusCode(200).extract().path("total");
    }

    @Test
    void aRepeatedKeyReplaysStatusBodyLocationAndETag() {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts");
        first.then().statusCode(201).header("ETag", "\"1\"");
        String id = first.path("id");
        assertEquals("/api/v1/contacts/" + id, first.header("Location").replaceFirst("^https?://[^/]+", ""));

        Response again = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts");
        again.then().statusCode(201).contentType(ContentType.JSON).header("Idempotent-Replayed", "true")
                .header("ETag", first.header("ETag")).header("Location", first.header("Location"))
                .body("id", equalTo(id)).body("version", equalTo(1)).body("email", equalTo("idem." + unit + "@haiphong.test"));
        assertEquals(2, contacts(token), "the officer's own contact and the one created once");
    }

    @Test
    void aWebhookRegistrationReplaysItsLocationAndSecret() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/hooks/" + key, "kinds", List.of("OVERDUE"));
        Response first = given().auth().oauth2(TestTokens.cityAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks");
        first.then().statusCode(201);
        String id = first.path("id");
        assertNotNull(first.path("secret"));
        assertEquals("/api/v1/webhooks/" + id, first.header("Location").replaceFirst("^https?://[^/]+", ""));
        given().auth().oauth2(TestTokens.cityAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/webhooks")
                .then().statusCode(201).header("Location", first.header("Location"))
                .body("id", equalTo(id)).body("secret", equalTo(first.path("secret")));
    }

    @Test
    void theSameKeyOnAnotherRequestIs422AndChangesNothing() {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts").then().statusCode(201);
        int before = contacts(token);
        Map<String, Object> other = new java.util.HashMap<>(contact(unit));
        other.put("name", "Người khác");
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(other).when().post("/api/v1/contacts")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:idempotency-key-reused"))
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(before, contacts(token));
    }

    @Test
    void aBlankKeyIsRefusedAndChangesNothing() {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        int before = contacts(token);
        for (String blank : List.of("", "   ")) {
            given().auth().oauth2(token).header("Idempotency-Key", blank).contentType(ContentType.JSON)
                    .body(contact(unit)).when().post("/api/v1/contacts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("Idempotency-Key"));
        }
        assertEquals(before, contacts(token));
    }

    /** What the server fingerprints for a contact POST: the shared rules' method, path and SHA-256 of the body's JSON. */
    private String contactRequest(String unit) throws Exception {
        ContactRequest body = new ContactRequest(ContactScope.UNIT, unit, null, null, "Lê Thị Mai",
                "idem." + unit + "@haiphong.test", null, null, Set.of(ContactChannel.EMAIL));
        return "POST /api/v1/contacts " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
    }

    /** The claim of a first request as another replica holds it while its work runs (or after it died). */
    private void claimedElsewhere(String unit, String key, Instant startedAt) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement claim = db.prepareStatement("insert into idempotency_record"
                        + " (caller, idem_key, request, status, body, created_at) values (?, ?, ?, 0, null, ?)")) {
            claim.setString(1, "officer-" + unit);
            claim.setString(2, key);
            claim.setString(3, contactRequest(unit));
            claim.setTimestamp(4, Timestamp.from(startedAt));
            claim.executeUpdate();
        }
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningAnswers409() throws Exception {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now();
        clock.set(now);
        claimedElsewhere(unit, key, now);
        int before = contacts(token);
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(before, contacts(token));
    }

    @Test
    void aClaimLeftByACrashedAttemptIsTakenOverAfterTheLease() throws Exception {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now();
        clock.set(now);
        claimedElsewhere(unit, key, now.minus(Duration.ofMinutes(11)));
        int before = contacts(token);
        Response taken = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts");
        taken.then().statusCode(201);
        assertEquals(before + 1, contacts(token));
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(taken.path("id")));
        assertEquals(before + 1, contacts(token));
    }

    @Test
    void oneKeyOnAnotherEndpointIs422() {
        String key = UUID.randomUUID().toString();
        String unit = newUnit();
        given().auth().oauth2(TestTokens.cityAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contact(unit)).when().post("/api/v1/contacts").then().statusCode(201);
        given().auth().oauth2(TestTokens.cityAdmin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hooks/" + key, "kinds", List.of("OVERDUE")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(422).body("type", equalTo("urn:nq57:problem:idempotency-key-reused"));
    }
}
