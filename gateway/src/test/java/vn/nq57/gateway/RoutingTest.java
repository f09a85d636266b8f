package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class RoutingTest {

    @TestHTTPResource("/")
    URL gateway;

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void routesByFirstSegmentWithMethodPathQueryAndHeaders() {
        String token = TestTokens.cityStaff();
        given().auth().oauth2(token)
                .header("Accept-Language", "vi-VN")
                .queryParam("q", "hồng bàng")
                .queryParam("page", 0)
                .when().get("/api/v1/units/31/children")
                .then().statusCode(200)
                .header("X-Backend", "plan")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/units/31/children"))
                .body("query", containsString("page=0"))
                .body("query", containsString("q=h%E1%BB%93ng"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.accept-language", equalTo("vi-VN"))
                .body("headers.x-forwarded-for", notNullValue())
                .body("headers.host", not(containsString(":8080")));

        given().auth().oauth2(token).when().get("/api/v1/reports/r-1").then().statusCode(200)
                .body("service", equalTo("submission"));
        given().auth().oauth2(token).when().get("/api/v1/templates").then().statusCode(200)
                .body("service", equalTo("submission"));
        given().auth().oauth2(token).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("service", equalTo("notification"));
    }

    @Test
    void forwardsBodiesAndPassesStatusAndIdempotencyKeyThrough() {
        String json = "{\"title\":\"Kế hoạch tuyên truyền Nghị quyết 57\",\"year\":2025}";
        given().auth().oauth2(TestTokens.cityAdmin())
                .contentType("application/json; charset=UTF-8")
                .header("Idempotency-Key", "plan-2025-01")
                .header("X-Echo-Status", "201")
                .header("X-Echo-Location", "/api/v1/plans/p-2025-01")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", equalTo(gateway + "api/v1/plans/p-2025-01"))
                .body("method", equalTo("POST"))
                .body("body", equalTo(json))
                .body("headers.idempotency-key", equalTo("plan-2025-01"))
                .body("headers.content-type", containsString("application/json"));

        given().auth().oauth2(TestTokens.cityAdmin()).header("X-Echo-Status", "204")
                .when().delete("/api/v1/contacts/c-1")
                .then().statusCode(204).header("X-Backend", "notification").body(equalTo(""));

        given().auth().oauth2(TestTokens.cityStaff())
                .when().head("/api/v1/units/31")
                .then().statusCode(200).header("ETag", "\"7\"").header("X-Backend", "plan");

        given().auth().oauth2(TestTokens.cityAdmin()).header("X-Echo-Status", "409")
                .when().delete("/api/v1/plans/p-1")
                .then().statusCode(409).body("method", equalTo("DELETE"));
    }

    @Test
    void passesIfMatchAndEtagThrough() {
        given().auth().oauth2(TestTokens.unitOfficer("11446"))
                .contentType("application/json")
                .header("If-Match", "\"6\"")
                .body("{\"status\":\"DRAFT\"}")
                .when().put("/api/v1/reports/r-9")
                .then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("method", equalTo("PUT"))
                .body("headers.if-match", equalTo("\"6\""));

        given().auth().oauth2(TestTokens.unitOfficer("11446"))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"7\"")
                .body("{\"note\":\"đã cập nhật\"}".getBytes(StandardCharsets.UTF_8))
                .when().patch("/api/v1/reports/r-9")
                .then().statusCode(200).body("method", equalTo("PATCH"))
                .body("body", equalTo("{\"note\":\"đã cập nhật\"}"));
    }

    @Test
    void passesAConditionalReadAndItsNotModifiedThrough() {
        given().auth().oauth2(TestTokens.cityAdmin()).header("If-None-Match", "W/\"12.0.city\"")
                .header("X-Echo-Status", "304")
                .when().get("/api/v1/reports/r-9")
                .then().statusCode(304).header("ETag", "\"7\"").header("X-Backend", "submission").body(equalTo(""));

        given().auth().oauth2(TestTokens.cityAdmin()).header("If-None-Match", "W/\"12.0.city\"")
                .when().get("/api/v1/reports/r-9")
                .then().statusCode(200).body("headers.if-none-match", equalTo("W/\"12.0.city\""));
    }

    @Test
    void streamsMultipartUploads() {
        byte[] file = new byte[200_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i % 251);
        }
        Response response = given().auth().oauth2(TestTokens.unitOfficer("11446"))
                .multiPart("file", "bao-cao-quy-4.docx", file,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .multiPart("note", "Báo cáo quý IV")
                .when().post("/api/v1/reports/r-9/attachments")
                .then().statusCode(200)
                .body("headers.content-type", containsString("multipart/form-data; boundary="))
                .extract().response();
        byte[] received = Base64.getDecoder().decode(response.path("bodyBase64").toString());
        String text = new String(received, StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("filename=\"bao-cao-quy-4.docx\""));
        org.junit.jupiter.api.Assertions.assertTrue(received.length > file.length);
        int start = indexOf(received, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        byte[] part = java.util.Arrays.copyOfRange(received, start, start + file.length);
        assertArrayEquals(file, part);
    }

    @Test
    void streamsUploadsWithoutALengthOverHttp11AndHttp2() throws Exception {
        uploadWithoutLength(HttpClient.Version.HTTP_1_1);
        uploadWithoutLength(HttpClient.Version.HTTP_2);
    }

    private void uploadWithoutLength(HttpClient.Version version) throws Exception {
        String text = "Nội dung báo cáo ".repeat(5_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/v1/reports/r-9/notes"))
                .header("Authorization", "Bearer " + TestTokens.unitOfficer("11446"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(version).build().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), version.name());
        io.restassured.path.json.JsonPath echo = new io.restassured.path.json.JsonPath(response.body());
        org.junit.jupiter.api.Assertions.assertTrue(text.equals(echo.getString("body")),
                version + ": the backend received " + echo.getString("body").length() + " characters");
        org.junit.jupiter.api.Assertions.assertEquals("chunked", echo.getString("headers.transfer-encoding"));
    }

    @Test
    void downloadsBinaryExportsUnchanged() {
        byte[] body = given().auth().oauth2(TestTokens.cityStaff())
                .when().get(EchoBackend.EXPORT_PATH)
                .then().statusCode(200)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"ke-hoach.xlsx\"")
                .header("Content-Length", String.valueOf(EchoBackend.EXPORT_SIZE))
                .extract().asByteArray();
        assertArrayEquals(EchoBackend.exportBytes(), body);
    }

    @Test
    void generatesARequestIdAndForwardsIt() {
        Response response = given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .extract().response();
        String id = response.header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertEquals(id, response.path("headers.x-request-id"));
    }

    @Test
    void keepsASaneClientRequestIdAndReplacesAnInsaneOne() {
        given().auth().oauth2(TestTokens.cityStaff()).header("X-Request-Id", "web-7f3a9c21-0001")
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Request-Id", "web-7f3a9c21-0001")
                .body("headers.x-request-id", equalTo("web-7f3a9c21-0001"));

        given().auth().oauth2(TestTokens.cityStaff()).header("X-Request-Id", "bad id <script>")
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));

        given().when().get("/api/v1/units").then().statusCode(401).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void answersNotFoundProblemForAnUnroutedSegment() {
        given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/budgets/2025")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:not-found"))
                .body("instance", equalTo("/api/v1/budgets/2025"))
                .body("errors", nullValue());
    }

    @Test
    void refusesPathsWithDotSegments() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : new String[] {"api/v1/units/../reports/r-1", "api/v1/units/%2e%2e/reports/r-1"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", "Bearer " + TestTokens.cityStaff()).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode(), path);
            org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("urn:nq57:problem:malformed-request"),
                    response.body());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("The uploaded bytes did not reach the backend");
    }
}
