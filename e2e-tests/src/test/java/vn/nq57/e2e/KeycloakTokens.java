package vn.nq57.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the platform's Keycloak: password grant for demo users, client credentials for the e-gov client. */
final class KeycloakTokens {

    static final String PASSWORD = "demo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    static String user(String username) {
        return CACHE.computeIfAbsent(username, u -> given().baseUri(PlatformExtension.endpoints().tokenUrl())
                .formParam("grant_type", "password").formParam("client_id", "nq57-cli")
                .formParam("username", u).formParam("password", PASSWORD)
                .when().post().then().statusCode(200).extract().path("access_token"));
    }

    static String egovPlatform() {
        return CACHE.computeIfAbsent("nq57-egov", c -> given().baseUri(PlatformExtension.endpoints().tokenUrl())
                .formParam("grant_type", "client_credentials").formParam("client_id", c)
                .formParam("client_secret", "egov-dev-secret")
                .when().post().then().statusCode(200).extract().path("access_token"));
    }

    /** The token subject of a demo user: what the notification inbox addresses. */
    static String subject(String username) {
        String payload = user(username).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getString("sub");
    }
}
