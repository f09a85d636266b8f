package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class OpenApiTest {

    @Test
    void mergesThePathsAndSchemasOfEveryReachableService() {
        given().when().get("/api/openapi.json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("paths.keySet()", hasItems("/api/v1/units", "/api/v1/plans/{id}", "/api/v1/rounds",
                        "/api/v1/reports/{id}", "/api/v1/notifications/stream"))
                .body("components.schemas.keySet()", hasItems("UnitView", "RoundView", "RoundRequest", "Problem"))
                .body("components.schemas.UnitView.properties.name.examples[0]", equalTo("Phường Hồng Bàng"))
                .body("tags.name", hasItems("Units", "Gateway"))
                .body("paths.'/api/v1/platform/health/{service}'.get.parameters[0].schema.enum",
                        hasItems("plan", "submission", "aggregation", "notification"));
    }

    @Test
    void renamesAClashingComponentAndFollowsItsReferences() {
        given().when().get("/api/openapi.json")
                .then().statusCode(200)
                // plan's Problem came first; submission's differs, notification's is identical
                .body("components.schemas.Problem.properties.errors", nullValue())
                .body("components.schemas.submission_Problem.properties.errors.type", equalTo("array"))
                .body("components.schemas.notification_Problem", nullValue())
                .body("paths.'/api/v1/rounds'.post.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/submission_Problem"))
                .body("paths.'/api/v1/units'.get.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void wiresTheKeycloakLoginAndNotesServicesThatAreDown() {
        given().when().get("/api/openapi.json")
                .then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        equalTo("https://sso.nq57.test/realms/nq57/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        equalTo("https://sso.nq57.test/realms/nq57/protocol/openid-connect/token"))
                .body("components.securitySchemes.SecurityScheme", nullValue())
                .body("paths.'/api/v1/units'.get.security[0].keycloak", notNullValue())
                .body("security[0].keycloak", notNullValue())
                .body("info.description", containsString("**aggregation** is left out"))
                .body("info.description", containsString("**silent** is left out"))
                .body("info.description", containsString("Services included: notification, plan, submission"));
    }

    @Test
    void servesYamlAndSwaggerUiWithoutAToken() {
        given().when().get("/api/openapi.yaml")
                .then().statusCode(200)
                .body(containsString("/api/v1/rounds:"));
        given().when().get("/api/docs/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/api/openapi.json"))
                .body(containsString("nq57-web"))
                .body(not(containsString("petstore")));
    }
}
