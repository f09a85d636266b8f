package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class HealthTest {

    @Test
    void answersHealthAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("SMTP server", "Reactive PostgreSQL connections health check"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/notifications", "/api/v1/contacts", "/api/v1/webhooks"));
    }
}
