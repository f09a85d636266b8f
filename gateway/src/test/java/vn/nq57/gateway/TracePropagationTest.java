package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;
import vn.nq57.testinfra.TestTraces;

/** The proxy continues the caller's trace: the backend receives a traceparent of the gateway's own span. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class TracePropagationTest {

    @Test
    void theBackendRequestContinuesTheCallersTrace() {
        String traceId = TestTraces.newTraceId();
        String caller = TestTraces.traceparent(traceId);
        JsonPath echo = given().auth().oauth2(TestTokens.cityStaff())
                .header("traceparent", caller).header("tracestate", "egov=31")
                .when().get("/api/v1/plans/traced")
                .then().statusCode(200).extract().jsonPath();

        TraceContext received = TraceContext.of(echo.getString("headers.traceparent"), echo.getString("headers.tracestate"));
        assertEquals(traceId, received.traceId(), "same trace");
        assertNotEquals(caller, received.traceparent(), "the gateway's client span is the backend's parent");
        assertEquals("egov=31", received.tracestate());
    }

    @Test
    void aRequestWithoutTraceStartsOneAtTheGateway() {
        JsonPath echo = given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/plans/untraced")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(32, TraceContext.of(echo.getString("headers.traceparent"), null).traceId().length());
    }
}
