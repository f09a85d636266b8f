package vn.nq57.plan;

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
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class PlatformReadyTest {

    @Test
    void readinessChecksTheRealDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka broker"));
    }

    @Test
    void openApiDocumentsTheOperationsWithSeedExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/plans/{id}/coverage'.get.summary", equalTo("Coverage of a city plan"))
                .body("paths.'/api/v1/units/import'.post.summary", equalTo("Import units from CSV"))
                .body("paths.'/api/v1/plans'.post.requestBody.content.'application/json'.examples.'Xã An Hưng 2026'.value.unitCode",
                        equalTo("11674"));
    }
}
