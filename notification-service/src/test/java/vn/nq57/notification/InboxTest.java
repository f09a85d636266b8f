package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class InboxTest {

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    private UUID acceptedFor(String unit, OffsetDateTime at) {
        Fixtures.unit(unit, "Xã Hộp Thư " + unit, at);
        Fixtures.officer(unit, "vhxh." + unit + "@haiphong.test", "officer-" + unit);
        UUID roundId = UUID.randomUUID();
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo tháng 11/2026", at.plusDays(3), null, List.of(unit), 1), at);
        Fixtures.publishReport(EventType.REPORT_ACCEPTED, roundId, unit, ReportStatus.ACCEPTED, "Đạt yêu cầu",
                null, null, 4, at);
        return roundId;
    }

    @Test
    void eachUserSeesOnlyTheirOwnNotifications() {
        OffsetDateTime at = Fixtures.local(2026, 11, 2, 9, 0);
        clock.set(at.toInstant());
        String a = Fixtures.newUnitCode();
        String b = Fixtures.newUnitCode();
        acceptedFor(a, at);
        acceptedFor(b, at);
        String tokenA = TestTokens.unitOfficer(a);
        String tokenB = TestTokens.unitOfficer(b);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().auth().oauth2(tokenA).when().get("/api/v1/notifications").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].unitCode", equalTo(a))
                    .body("items[0].kind", equalTo("ACCEPTED")).body("items[0].read", equalTo(false));
            given().auth().oauth2(tokenB).when().get("/api/v1/notifications").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].unitCode", equalTo(b));
        });
        String itemA = given().auth().oauth2(tokenA).when().get("/api/v1/notifications").then().extract().path("items[0].id");
        String itemB = given().auth().oauth2(tokenB).when().get("/api/v1/notifications").then().extract().path("items[0].id");
        assertNotEquals(itemA, itemB);

        given().auth().oauth2(tokenA).when().get("/api/v1/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo(1));
        given().auth().oauth2(tokenA).when().post("/api/v1/notifications/" + itemB + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(tokenB).when().get("/api/v1/notifications/unread-count").then().body("unread", equalTo(1));
        given().auth().oauth2(tokenA).when().post("/api/v1/notifications/" + itemA + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        given().auth().oauth2(tokenA).when().get("/api/v1/notifications/unread-count").then().body("unread", equalTo(0));
        given().auth().oauth2(tokenA).when().get("/api/v1/notifications?unread=true").then().body("items", hasSize(0));
        given().auth().oauth2(tokenB).when().post("/api/v1/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo(1));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.unitCode.findAll { it == '" + a + "' }", hasSize(0));
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().when().get("/api/v1/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole()).when().get("/api/v1/notifications").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/notifications/unread-count").then().statusCode(401);
    }

    @Test
    void liveStreamDeliversOnlyTheCallersNewNotifications() {
        OffsetDateTime at = Fixtures.local(2026, 11, 20, 9, 0);
        clock.set(at.toInstant());
        String mine = Fixtures.newUnitCode();
        String other = Fixtures.newUnitCode();
        UUID myRound = acceptedFor(mine, at);
        acceptedFor(other, at);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.unitOfficer(mine))
                .when().get("/api/v1/notifications").then().body("total", equalTo(1)));

        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + TestTokens.unitOfficer(mine))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(lines::add));
        AtomicLong revision = new AtomicLong(10);
        // The stream subscribes asynchronously: keep returning the report until the stream carries one.
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            if (lines.stream().noneMatch(l -> l.startsWith("data:"))) {
                Fixtures.publishReport(EventType.REPORT_RETURNED, UUID.randomUUID(), other, ReportStatus.RETURNED,
                        "Bổ sung mục 2.2", null, null, revision.incrementAndGet(), at);
                Fixtures.publishReport(EventType.REPORT_RETURNED, myRound, mine, ReportStatus.RETURNED,
                        "Bổ sung mục 2.2", null, null, revision.incrementAndGet(), at);
            }
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"kind\":\"RETURNED\"")),
                    () -> "stream so far: " + lines);
        });
        assertTrue(lines.stream().filter(l -> l.startsWith("data:")).allMatch(l -> l.contains("\"unitCode\":\"" + mine + "\"")),
                () -> "only the caller's own: " + lines);
        response.cancel(true);
    }
}
