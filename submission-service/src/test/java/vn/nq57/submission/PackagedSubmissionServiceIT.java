package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The packaged jar (quarkus-run.jar) against the real servers: ready, takes plan-service's events
 * from the broker into its local copies, stores a round in MongoDB and publishes it, refuses.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class PackagedSubmissionServiceIT {

    @Test
    void readyOnItsRealStoreAndBroker() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")))
                .body("checks.name", hasItem(containsString("Messaging")));
    }

    @Test
    void aRoundOnConsumedPlanEventsIsStoredAndPublished() {
        UUID planId = Fixtures.publishCityPlan();
        String roundId = Fixtures.openRound(planId, OffsetDateTime.now().plusDays(30));
        given().auth().oauth2(TestTokens.cityStaff()).when().get("/api/v1/rounds/" + roundId)
                .then().statusCode(200).body("planId", equalTo(planId.toString()));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            EventReader.Received opened = rounds.await(r -> r.event().subject().equals(roundId), Duration.ofSeconds(60));
            assertEquals(EventType.ROUND_OPENED.type(), opened.event().type());
            assertEquals(planId, EventCodec.data(opened.event(), RoundSnapshot.class).planId());
        }
    }

    @Test
    void refusesCallersWithoutTokenOrRole() {
        given().when().get("/api/v1/rounds").then().statusCode(401);
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON)
                .body(Fixtures.roundBody(UUID.randomUUID(), OffsetDateTime.now().plusDays(30)))
                .when().post("/api/v1/rounds")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:forbidden"));
    }
}
