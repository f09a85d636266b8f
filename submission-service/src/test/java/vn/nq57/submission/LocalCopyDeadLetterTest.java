package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;

/** A record the local copies cannot apply goes to the dead-letter topic; the next one is applied. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class LocalCopyDeadLetterTest {

    private static final String UNIT = "31777";

    @Inject
    MongoCollections collections;

    @Test
    void aPoisonUnitRecordIsDeadLetteredAndTheNextOneOnThePartitionIsApplied() throws Exception {
        String poison = "{\"specversion\":\"1.0\",\"id\":\"poison-" + System.nanoTime()
                + "\",\"type\":\"vn.nq57.unit.upserted\",\"data\":{\"code\":\"" + UNIT + "\",\"revision\":\"not a number\"}}";
        EventEnvelope good = EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, UNIT,
                new UnitSnapshot(UNIT, "Thử nghiệm", "Xã Thử nghiệm", UnitType.XA, "31", List.of(), true, 1),
                OffsetDateTime.now());
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.UNITS, UNIT, poison);
            record.headers().add("trace-id", "poison-trace".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.UNITS, UNIT, EventCodec.encode(good))).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                collections.units().find(Filters.eq("_id", UNIT)).first() != null);
        String dlq = Topics.deadLetter(Topics.UNITS);
        try (TestTopics.Reader reader = new TestTopics.Reader(dlq)) {
            ConsumerRecord<String, String> parked = reader.until(r -> r.stream().anyMatch(x -> poison.equals(x.value())),
                    Duration.ofSeconds(60)).stream().filter(x -> poison.equals(x.value())).findFirst().orElseThrow();
            assertEquals(UNIT, parked.key());
            assertEquals("poison-trace", header(parked, "trace-id"));
            assertNotNull(header(parked, "dead-letter-reason"));
            assertEquals(Topics.UNITS, header(parked, "dead-letter-topic"));
            assertNotNull(header(parked, "dead-letter-offset"));
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("nq57_dead_lettered_total")
                && l.contains("topic=\"" + Topics.UNITS + "\"") && !l.endsWith(" 0.0")), "dead-letter counter");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        // A replay of the applied event changes nothing: it is recognised by its id. A later record on
        // the same partition (another unit, same key) shows the replay was consumed by then.
        collections.units().deleteOne(Filters.eq("_id", UNIT));
        String sentinel = "31778";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.UNITS, UNIT, EventCodec.encode(good))).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.UNITS, UNIT, EventCodec.encode(EventCodec.wrap(
                    EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, sentinel, new UnitSnapshot(sentinel, "Sau",
                            "Xã Sau", UnitType.XA, "31", List.of(), true, 1), OffsetDateTime.now()))))
                    .get(30, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                collections.units().find(Filters.eq("_id", sentinel)).first() != null);
        assertNull(collections.units().find(Filters.eq("_id", UNIT)).first(), "the replayed event was applied again");
        assertNotNull(collections.consumedEvents().find(Filters.eq("_id", good.id())).first());
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
