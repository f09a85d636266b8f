package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class EdgePolicyTest {

    @Test
    void refusesCallsWithoutAValidTokenAtTheEdge() {
        given().when().get("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:nq57:problem:unauthenticated"))
                .body("title", equalTo("Chưa đăng nhập hoặc phiên đã hết hạn"));

        given().auth().oauth2(TestTokens.cityStaff() + "x").when().get("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));

        given().auth().oauth2("not.a.jwt").when().post("/api/v1/plans")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));
    }

    @Test
    void answersCorsPreflightForTheFrontends() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/plans/p-1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));

        given().header("Origin", "http://localhost:5173").auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"));

        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/plans/p-1")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void limitsEachClientWithATokenBucket() {
        String token = TestTokens.token("egov-burst", Set.of(Roles.INTEGRATION), Map.of("azp", "tiny-app"));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(200);
        }
        String retryAfter = given().auth().oauth2(token).when().get("/api/v1/units")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:rate-limited"))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);

        // another user of the same application has a bucket of their own
        String other = TestTokens.token("egov-other", Set.of(Roles.INTEGRATION), Map.of("azp", "tiny-app"));
        given().auth().oauth2(other).when().get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void answersServiceUnavailableWhenABackendRefusesConnections() {
        given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/aggregation/status-matrix")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:service-unavailable"))
                .body("title", equalTo("Dịch vụ tạm thời không khả dụng"))
                .body("detail", containsString("aggregation"))
                .body("instance", equalTo("/api/v1/aggregation/status-matrix"));
    }

    @Test
    void answersServiceUnavailableWhenABackendNeverAnswers() {
        given().auth().oauth2(TestTokens.cityStaff())
                .contentType("application/json")
                .body("{\"x\":1}")
                .when().post("/api/v1/silent/things")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:service-unavailable"))
                .body("detail", containsString("did not answer within 1500 ms"));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("nq57_gateway_upstream_failures_total{reason=\"timeout\",service=\"silent\"}"))
                .body(containsString("uri=\"/api/v1/silent/{path}\""))
                .body(not(containsString("uri=\"/api/v1/silent/things\"")));
    }

    @Test
    void staysLiveAndReportsEachBackendWhenOneIsDown() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.plan", containsString("UP"))
                .body("checks.find { it.name == 'backends' }.data.aggregation", containsString("DOWN"));
    }

    @Test
    void relaysEachServiceHealthThroughTheGateway() {
        given().when().get("/api/v1/platform/health/plan")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("plan"));
        given().when().get("/api/v1/platform/health/submission/ready")
                .then().statusCode(200).body("checks[0].name", equalTo("submission"));
        given().when().get("/api/v1/platform/health/aggregation")
                .then().statusCode(503).contentType("application/problem+json");
        given().when().get("/api/v1/platform/health/billing")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/platform/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("services.find { it.service == 'plan' }.up", equalTo(true))
                .body("services.find { it.service == 'aggregation' }.up", equalTo(false))
                .body("services.service", not(org.hamcrest.Matchers.empty()));
    }

    @Test
    void relaysEachServiceMetricsToCityAdminsAndPlatformOperatorsOnly() {
        given().when().get("/api/v1/platform/metrics/plan")
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(TestTokens.cityAdmin(), TestTokens.platformOperator())) {
            given().auth().oauth2(token).when().get("/api/v1/platform/metrics/plan")
                    .then().statusCode(200).body("path", equalTo("/q/metrics"));
        }
        for (String token : List.of(TestTokens.cityStaff(), TestTokens.unitOfficer("11446"), TestTokens.integration(),
                TestTokens.noRole())) {
            given().auth().oauth2(token).when().get("/api/v1/platform/metrics/plan")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:nq57:problem:forbidden"));
        }
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/platform/metrics/billing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesTokensMeantForAnotherAudience() {
        given().auth().oauth2(TestTokens.wrongAudience()).when().get("/api/v1/units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/units")
                .then().statusCode(200);
    }
}
