package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.EventWriter;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class LocalCopyTest {

    private static final String UNIT = "31999";

    @Test
    void staleAndDuplicateUnitEventsAreIgnored() throws Exception {
        UUID planId = Fixtures.publishCityPlan();
        EventEnvelope inactive = unit(false, 3);
        try (EventWriter writer = new EventWriter()) {
            writer.send(unit(true, 1));
            writer.send(inactive);
        }
        Map<String, Object> body = Fixtures.roundBody(planId, OffsetDateTime.now().plusDays(1));
        body.remove("unitCodes");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/rounds").then().statusCode(201)
                        .body("requiredUnitCodes", hasItem(Fixtures.PHU_LIEN))
                        .body("requiredUnitCodes", not(hasItem(UNIT))));

        try (EventWriter writer = new EventWriter()) {
            writer.send(unit(true, 2));
            writer.send(inactive);
        }
        awaitConsumed(Topics.UNITS);

        String key = "round-" + UUID.randomUUID();
        String first = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", key).post("/api/v1/rounds").then().statusCode(201)
                .body("requiredUnitCodes", not(hasItem(UNIT))).extract().asString();
        String retry = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", key).post("/api/v1/rounds").then().statusCode(201).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(first, retry);
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?planId=" + planId + "&size=200")
                .then().statusCode(200).body("total", equalTo(2));
    }

    private static EventEnvelope unit(boolean active, long revision) {
        return EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, UNIT,
                new UnitSnapshot(UNIT, "Thử nghiệm", "Xã Thử nghiệm", UnitType.XA, "31", List.of(), active, revision),
                OffsetDateTime.now());
    }

    /** Waits until the service's consumer group has committed everything on the topic. */
    private static void awaitConsumed(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("submission-service")
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
            });
        }
    }
}
