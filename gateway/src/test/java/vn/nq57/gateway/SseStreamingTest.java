package vn.nq57.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class SseStreamingTest {

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "nq57.gateway.services.notification.url")
    String notificationBackend;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void relaysEachEventAsTheBackendSendsIt() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + TestTokens.unitOfficer("11446"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            List<String> first = readEvent(events);
            assertTrue(first.contains("data: {\"title\":\"Nhắc hạn nộp báo cáo\"}"), first.toString());
            // The first event arrived while the backend still holds the stream open: no buffering.
            assertEquals("open", control("/control/stream"));

            control("/control/release");
            List<String> second = readEvent(events);
            assertTrue(second.contains("id: 2"), second.toString());
            assertNull(events.readLine(), "the stream ends when the backend closes it");
        }
    }

    @Test
    void closesTheBackendStreamWhenTheClientGoesAway() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + TestTokens.unitOfficer("11446"))
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        assertTrue(readEvent(events).contains("id: 1"));
        events.close();

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> control("/control/stream"), state -> state.equals("client-gone"));
    }

    private static List<String> readEvent(BufferedReader reader) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null && (line.isEmpty() || line.startsWith(":"))) {
            // skip keep-alive comments between events
            continue;
        }
        while (line != null && !line.isEmpty()) {
            if (!line.startsWith(":")) {
                lines.add(line);
            }
            line = reader.readLine();
        }
        return lines;
    }

    private String control(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(notificationBackend + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
