package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;
import vn.nq57.testinfra.TestTraces;

/**
 * The prod log format: one JSON object per line naming the request's trace and span. The test
 * profile writes the same JSON lines to a file (its console stays text): the refused upstream's
 * warning, logged while the gateway serves a traced request, carries the caller's trace id.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class JsonLogLineTest {

    private static final Path LOG = Path.of("target/json-log/gateway.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLogLineIsJsonWithTheTraceIdOfTheRequest() {
        String traceId = TestTraces.newTraceId();
        given().auth().oauth2(TestTokens.cityStaff()).header("traceparent", TestTraces.traceparent(traceId))
                .when().get("/api/v1/aggregation/trends")
                .then().statusCode(503);

        JsonNode line = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> lineWith(traceId), Optional::isPresent).orElseThrow();
        assertEquals(traceId, line.get("traceId").asText());
        assertTrue(line.get("spanId").asText().matches("[0-9a-f]{16}"), line.toString());
        assertEquals("gateway", line.get("service").asText());
        assertEquals("WARN", line.get("level").asText());
        assertEquals("vn.nq57.gateway.routing.ProxyRoutes", line.get("logger").asText());
        assertTrue(line.get("message").asText().contains("/api/v1/aggregation/trends"), line.toString());
        assertTrue(line.get("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*"), line.toString());
    }

    /** The JSON line that names the trace; every line of the file must parse as JSON. */
    private static Optional<JsonNode> lineWith(String traceId) {
        try {
            if (!Files.exists(LOG)) {
                return Optional.empty();
            }
            String text = Files.readString(LOG, StandardCharsets.UTF_8);
            // a line still being written (no newline yet) is read on the next poll
            for (String complete : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
                if (complete.isEmpty()) {
                    continue;
                }
                JsonNode line = JSON.readTree(complete);
                if (line.has("traceId") && traceId.equals(line.get("traceId").asText())) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
