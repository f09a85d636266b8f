package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The verified-token cache (module token-cache) on the gateway's own resource: a token's second
 * request is answered from the cache with that token's identity, never another token's, and a
 * remembered token stops working at its expiry like any other.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class VerifiedTokenCacheTest {

    private static final String OPERATORS_ONLY = "/api/v1/platform/dead-letters";

    @Inject
    MeterRegistry registry;

    @Test
    void aSecondRequestIsAnsweredFromTheCacheWithThatTokensOwnIdentity() {
        String operator = TestTokens.platformOperator();
        String staff = TestTokens.cityStaff();
        double hits = lookups("hit");
        double misses = lookups("miss");

        given().auth().oauth2(operator).get(OPERATORS_ONLY).then().statusCode(200);
        given().auth().oauth2(staff).get(OPERATORS_ONLY).then().statusCode(403);
        given().auth().oauth2(operator).get(OPERATORS_ONLY).then().statusCode(200);
        given().auth().oauth2(staff).get(OPERATORS_ONLY).then().statusCode(403);
        assertEquals(misses + 2, lookups("miss"), "each token verified once");
        assertEquals(hits + 2, lookups("hit"), "each token's second request from the cache");

        given().auth().oauth2(operator + "x").get(OPERATORS_ONLY).then().statusCode(401);
        given().auth().oauth2(operator.substring(0, operator.length() - 2)).get(OPERATORS_ONLY).then().statusCode(401);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        // far enough ahead for two requests on a loaded CI machine (the test class's first requests took 2 s there)
        long expiry = Instant.now().getEpochSecond() + 10;
        String shortLived = TestTokens.token("short-lived-operator", Set.of(Roles.PLATFORM_OPERATOR), Map.of("exp", expiry));
        given().auth().oauth2(shortLived).get(OPERATORS_ONLY).then().statusCode(200);
        given().auth().oauth2(shortLived).get(OPERATORS_ONLY).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().getEpochSecond() > expiry);
        given().auth().oauth2(shortLived).get(OPERATORS_ONLY).then().statusCode(401);
    }

    private double lookups(String result) {
        return registry.counter("nq57_token_cache_lookups_total", "result", result).count();
    }
}
