package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class WebhookTest {

    /** One request the e-government platform received. */
    record Received(String signature, String event, String body) {
    }

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    TestHostResolver dns;

    private static final String LEAKED_DETAIL = "java.sql.SQLException at db-internal-01: password authentication failed";

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger fallback = new AtomicInteger(200);
    private String hookId;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/nq57", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-NQ57-Signature"),
                    exchange.getRequestHeaders().getFirst("X-NQ57-Event"), body));
            Integer status = answers.poll();
            int answer = status == null ? fallback.get() : status;
            if (answer >= 400) {
                byte[] detail = LEAKED_DETAIL.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer, detail.length);
                exchange.getResponseBody().write(detail);
            } else {
                exchange.sendResponseHeaders(answer, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        if (hookId != null) {
            given().auth().oauth2(TestTokens.cityAdmin()).when().delete("/api/v1/webhooks/" + hookId)
                    .then().statusCode(204);
        }
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/nq57";
    }

    private Map<String, Object> register() {
        return register(url());
    }

    private Map<String, Object> register(String url) {
        Map<String, Object> hook = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "description", "Cổng dịch vụ công thành phố", "kinds", List.of("ACCEPTED")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).body("provinceCode", equalTo("31"))
                .extract().as(Map.class);
        hookId = (String) hook.get("id");
        return hook;
    }

    private String acceptReport(OffsetDateTime at) {
        clock.set(at.toInstant());
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Webhook " + unit, at);
        UUID roundId = UUID.randomUUID();
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo tháng 10/2026", at.plusDays(5), null, List.of(unit), 1), at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule").then().statusCode(200));
        Fixtures.publishReport(EventType.REPORT_ACCEPTED, roundId, unit, ReportStatus.ACCEPTED, "Báo cáo đạt yêu cầu",
                null, null, 4, at);
        return unit;
    }

    private Map<String, Object> onlyDelivery() {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.cityAdmin())
                .when().get("/api/v1/webhooks/" + hookId + "/deliveries")
                .then().statusCode(200).extract().path("items");
        assertEquals(1, items.size(), () -> "deliveries " + items);
        return items.get(0);
    }

    @Test
    void signedDeliveryRetriedAfterServerErrorsThenSucceeds() throws Exception {
        Map<String, Object> hook = register();
        answers.add(500);
        answers.add(500);
        OffsetDateTime at = Fixtures.local(2026, 10, 6, 9, 0);
        String unit = acceptReport(at);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> d = onlyDelivery();
            assertEquals("RETRYING", d.get("status"));
            assertEquals(1, d.get("attempts"));
            assertEquals(500, d.get("lastStatus"));
        });
        clock.set(at.plusSeconds(29).toInstant());
        Dispatch.await(dispatcher::deliverPending);
        assertEquals(1, received.size(), "no retry before the backoff");
        clock.set(at.plusSeconds(30).toInstant());
        Dispatch.await(dispatcher::deliverPending);
        assertEquals("RETRYING", onlyDelivery().get("status"));
        clock.set(at.plusSeconds(90).toInstant());
        Dispatch.await(dispatcher::deliverPending);
        Map<String, Object> sent = onlyDelivery();
        assertEquals("SENT", sent.get("status"));
        assertEquals(3, sent.get("attempts"));
        assertEquals(3, received.size());

        Received last = received.get(2);
        assertEquals("ACCEPTED", last.event());
        String[] parts = last.signature().split(",");
        String t = parts[0].substring("t=".length());
        String v1 = parts[1].substring("v1=".length());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(((String) hook.get("secret")).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + last.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, v1);
        Map<?, ?> body = EventCodec.mapper().readValue(last.body(), Map.class);
        assertEquals(unit, body.get("unitCode"));
        assertEquals("ACCEPTED", body.get("kind"));
        assertEquals("4383/SKHCN-TTTT", body.get("requestNumber"));
        assertTrue(((String) body.get("title")).startsWith("[Đã tiếp nhận]"));
    }

    @Test
    void deadLetterAfterTheLastTryThenManualResend() {
        register();
        fallback.set(500);
        OffsetDateTime at = Fixtures.local(2026, 10, 16, 9, 0);
        acceptReport(at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, onlyDelivery().get("attempts")));
        for (int hour = 1; hour <= 4; hour++) {
            clock.set(at.plusHours(hour).toInstant());
            Dispatch.await(dispatcher::deliverPending);
        }
        Map<String, Object> dead = onlyDelivery();
        assertEquals("DEAD", dead.get("status"));
        assertEquals(5, dead.get("attempts"));
        assertEquals(5, received.size());
        clock.set(at.plusHours(10).toInstant());
        Dispatch.await(dispatcher::deliverPending);
        assertEquals(5, received.size(), "a dead letter is not retried by itself");
        given().auth().oauth2(TestTokens.cityAdmin())
                .when().get("/api/v1/webhooks/" + hookId + "/deliveries?status=DEAD")
                .then().statusCode(200).body("total", equalTo(1));

        fallback.set(200);
        given().auth().oauth2(TestTokens.cityAdmin())
                .when().post("/api/v1/webhooks/" + hookId + "/deliveries/" + dead.get("id") + "/resend")
                .then().statusCode(200).body("status", equalTo("SENT")).body("attempts", equalTo(1));
        assertEquals(6, received.size());
    }

    @Test
    void onlyCityAdminsOfTheProvinceManageWebhooks() {
        Map<String, Object> body = Map.of("url", url());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks").then().statusCode(401);
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer("11446")).when().get("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(Map.of("url", "ftp://x"))
                .when().post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        register();
        given().auth().oauth2(TestTokens.otherCityAdmin()).when().get("/api/v1/webhooks/" + hookId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/webhooks/" + hookId)
                .then().statusCode(200).body("url", equalTo(url())).body("secret", equalTo(null));
    }

    private int webhookCount() {
        return given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/webhooks?size=200")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void internalTargetsAreRefusedWhenNotAllowListed() {
        int before = webhookCount();
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://[::1]/",
                "http://localhost:8084/q/health", "https://user:pw@egov.example.test/", "http://127.0.0.1:99999/")) {
            given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        assertEquals(before, webhookCount(), "nothing was registered");
    }

    @Test
    void deliveryGoesToTheCheckedAddressAndStopsWhenTheTargetTurnsInternal() {
        String host = "egov-" + UUID.randomUUID() + ".hooks.test";
        dns.point(host, "127.0.0.1");
        register("http://" + host + ":" + server.getAddress().getPort() + "/hooks/nq57");
        OffsetDateTime at = Fixtures.local(2026, 10, 26, 9, 0);
        acceptReport(at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals("SENT", onlyDelivery().get("status")));
        assertEquals(1, received.size(), "the name was never looked up in DNS: the checked address was used");

        dns.point(host, "10.0.0.1");
        String delivery = (String) onlyDelivery().get("id");
        given().auth().oauth2(TestTokens.cityAdmin())
                .when().post("/api/v1/webhooks/" + hookId + "/deliveries/" + delivery + "/resend")
                .then().statusCode(200).body("status", equalTo("RETRYING"))
                .body("lastError", startsWith("target refused: "));
        assertEquals(1, received.size(), "nothing is sent once the name resolves to a private address");
    }

    @Test
    void theDeliveryLogKeepsTheStatusNotTheTargetsText() {
        register();
        fallback.set(500);
        OffsetDateTime at = Fixtures.local(2026, 10, 27, 9, 0);
        acceptReport(at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, onlyDelivery().get("attempts")));
        Map<String, Object> failed = onlyDelivery();
        assertEquals(500, failed.get("lastStatus"));
        assertEquals("HTTP 500", failed.get("lastError"));
    }

    @Test
    void deactivatingAWebhookCancelsWhatIsQueuedForIt() {
        register();
        fallback.set(500);
        OffsetDateTime at = Fixtures.local(2026, 10, 28, 9, 0);
        acceptReport(at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals("RETRYING", onlyDelivery().get("status")));
        given().auth().oauth2(TestTokens.cityAdmin()).when().delete("/api/v1/webhooks/" + hookId).then().statusCode(204);
        assertEquals("CANCELLED", onlyDelivery().get("status"));
        fallback.set(200);
        clock.set(at.plusHours(2).toInstant());
        Dispatch.await(dispatcher::deliverPending);
        assertEquals(1, received.size(), "no try after the deactivation");
        given().auth().oauth2(TestTokens.cityAdmin())
                .when().post("/api/v1/webhooks/" + hookId + "/deliveries/" + onlyDelivery().get("id") + "/resend")
                .then().statusCode(409);
    }
}
