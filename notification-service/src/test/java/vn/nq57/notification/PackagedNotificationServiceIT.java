package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The packaged jar (quarkus-run.jar) against the real servers: ready, stores a contact, turns
 * submission events from the broker into the officer's inbox notice, refuses.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class PackagedNotificationServiceIT {

    @Test
    void readyOnItsRealDatabaseAndMailServer() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("SMTP server", "Reactive PostgreSQL connections health check"));
    }

    @Test
    void anAcceptedReportFromTheBrokerReachesTheStoredOfficersInbox() {
        OffsetDateTime at = OffsetDateTime.now();
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Xã Đóng Gói " + unit, at);
        String contact = Fixtures.officer(unit, "vhxh." + unit + "@haiphong.test", "officer-" + unit);
        given().auth().oauth2(TestTokens.cityAdmin()).when().get("/api/v1/contacts/" + contact)
                .then().statusCode(200).body("unitCode", equalTo(unit));

        UUID roundId = UUID.randomUUID();
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo tháng 11/2026", at.plusDays(3), null, List.of(unit), 1), at);
        Fixtures.publishReport(EventType.REPORT_ACCEPTED, roundId, unit, ReportStatus.ACCEPTED, "Đạt yêu cầu",
                null, null, 4, at);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(TestTokens.unitOfficer(unit))
                .when().get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("ACCEPTED")));
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().when().get("/api/v1/notifications").then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole()).when().get("/api/v1/notifications").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
