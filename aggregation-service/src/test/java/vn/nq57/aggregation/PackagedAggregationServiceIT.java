package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The packaged jar (quarkus-run.jar) against the real servers: ready, builds its read models in
 * PostgreSQL from plan and submission events on the broker, answers them, refuses.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class PackagedAggregationServiceIT {

    @Test
    void readyOnItsRealDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    /**
     * Units, a round and a submitted report go through the broker; the status matrix answers the
     * report as submitted on time under the unit's stored name (asserted by {@link Fixtures#ensureConsuming}).
     */
    @Test
    void eventsFromTheBrokerReachTheReadModels() {
        Fixtures.ensureConsuming();
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().get("/api/v1/aggregation/rounds").then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole()).get("/api/v1/aggregation/rounds")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"));
    }
}
