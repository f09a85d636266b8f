package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** The packaged jar (quarkus-run.jar) against the real servers: ready, stores, refuses, publishes. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class PackagedPlanServiceIT {

    @Test
    void readyOnItsRealDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka broker"));
    }

    @Test
    void aCreatedUnitIsStoredAndPublished() {
        String admin = TestTokens.cityAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "99501", "name", "Đóng Gói", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/units/99501")
                .then().statusCode(200).body("fullName", equalTo("Xã Đóng Gói")).body("active", equalTo(true));

        try (EventReader reader = new EventReader(Topics.UNITS)) {
            UnitSnapshot unit = EventCodec.data(
                    reader.await(r -> "99501".equals(r.key()), Duration.ofSeconds(60)).event(), UnitSnapshot.class);
            assertEquals("Xã Đóng Gói", unit.fullName());
        }
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().when().get("/api/v1/units").then().statusCode(401);
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON)
                .body(Map.of("code", "99502", "name", "Thử", "type", "XA", "parentCode", "31"))
                .when().post("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"));
    }
}
