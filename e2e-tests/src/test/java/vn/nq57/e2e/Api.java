package vn.nq57.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the gateway on behalf of a demo user or client. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification asUser(String username) {
        return as(KeycloakTokens.user(username));
    }
}
