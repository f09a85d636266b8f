package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The packaged jar (quarkus-run.jar) in front of the stand-in backends and the real broker: ready,
 * routes an authorised call with its token, lists a record parked on the broker, refuses at the edge.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class PackagedGatewayIT {

    @Test
    void readyAndReportsEachBackend() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.plan", containsString("UP"));
    }

    @Test
    void routesAnAuthorisedCallWithItsToken() {
        String token = TestTokens.cityStaff();
        given().auth().oauth2(token).when().get("/api/v1/units/31/children")
                .then().statusCode(200)
                .header("X-Backend", "plan")
                .body("path", equalTo("/api/v1/units/31/children"))
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void listsARecordParkedOnTheBroker() {
        String eventId = UUID.randomUUID().toString();
        DeadLetterTest.park(Topics.REPORTS, "rpt-it", DeadLetterTest.event(eventId, "rpt-it", "Khó khăn"),
                "packaged gateway check", 0, 7);
        given().auth().oauth2(TestTokens.platformOperator())
                .queryParam("topic", Topics.REPORTS).queryParam("limit", 100)
                .when().get("/api/v1/platform/dead-letters")
                .then().statusCode(200)
                .body(containsString(eventId));
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().when().get("/api/v1/plans")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/platform/dead-letters")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"));
    }
}
