package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Open event streams are capped per user (3) and per replica (5, see BackendsTestResource). */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class StreamLimitTest {

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<InputStream> open = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        open.forEach(StreamLimitTest::closeQuietly);
        open.clear();
        awaitOpenStreams(0);
    }

    @Test
    void aUserHoldsAtMostThreeStreamsAndGetsOneBackWhenAStreamCloses() throws Exception {
        String officer = TestTokens.unitOfficer("11446");
        for (int i = 0; i < 3; i++) {
            HttpResponse<InputStream> stream = openStream(officer);
            assertEquals(200, stream.statusCode());
            keep(stream);
        }
        HttpResponse<InputStream> refused = openStream(officer);
        assertEquals(429, refused.statusCode());
        assertEquals(429, openStream(officer, "api/v1/notifications//stream/").statusCode(),
                "another spelling of the stream path is the same stream");
        assertEquals("7", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String problem = new String(refused.body().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("urn:nq57:problem:rate-limited") && problem.contains("3 open event streams"), problem);

        HttpResponse<InputStream> otherUser = openStream(TestTokens.unitOfficer("11242"));
        assertEquals(200, otherUser.statusCode(), "another user has streams of their own");
        keep(otherUser);
        // Ordinary calls of the capped user still go through.
        given().auth().oauth2(officer).when().get("/api/v1/units").then().statusCode(200);

        closeQuietly(open.remove(0));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<InputStream> again = openStream(officer);
            if (again.statusCode() == 200) {
                keep(again);
                return true;
            }
            closeQuietly(again.body());
            return false;
        });
    }

    @Test
    void aReplicaRelaysAtMostItsCapAndReleasesStreamsThatEnd() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<InputStream> stream = openStream(TestTokens.unitOfficer("2000" + i));
            assertEquals(200, stream.statusCode());
            keep(stream);
        }
        awaitOpenStreams(5);
        HttpResponse<InputStream> refused = openStream(TestTokens.unitOfficer("20009"));
        assertEquals(429, refused.statusCode());
        assertEquals("7", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8).contains("maximum of 5"));

        // The backend ends every stream: the permits come back without the clients closing anything.
        HttpRequest release = HttpRequest.newBuilder(URI.create(config("nq57.gateway.services.notification.url")
                + "/control/release")).GET().build();
        http.send(release, HttpResponse.BodyHandlers.discarding());
        awaitOpenStreams(0);
        HttpResponse<InputStream> afterwards = openStream(TestTokens.unitOfficer("20009"));
        assertEquals(200, afterwards.statusCode());
        keep(afterwards);
    }

    private HttpResponse<InputStream> openStream(String token) throws Exception {
        return openStream(token, "api/v1/notifications/stream");
    }

    private HttpResponse<InputStream> openStream(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Keeps a stream open after its first event arrived, so the gateway holds it for sure. */
    private void keep(HttpResponse<InputStream> stream) throws IOException {
        open.add(stream.body());
        byte[] first = new byte[4];
        assertEquals(4, stream.body().readNBytes(first, 0, 4));
        assertEquals("id: ", new String(first, StandardCharsets.UTF_8));
    }

    private static void awaitOpenStreams(int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().when().get("/q/metrics").then().extract().asString()
                        .contains("nq57_gateway_streams_open " + expected + ".0"));
    }

    private static String config(String key) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
