package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** No single record stops a consumer: what can be applied is, what cannot is parked on {@code <topic>.dlq}. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class DeadLetterTest {

    private static final String ROUNDS_DLQ = Topics.deadLetter(Topics.ROUNDS);

    @Inject
    TestClock clock;

    private static void awaitSchedule(UUID roundId, String unit) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(TestTokens.cityStaff())
                .when().get("/api/v1/notifications/rounds/" + roundId + "/schedule?unitCode=" + unit)
                .then().statusCode(200).body("$", hasSize(5)));
    }

    private static void assertReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void longTitleAndRequestNumberAreStoredNotRefused() {
        OffsetDateTime now = Fixtures.local(2026, 9, 1, 9, 0);
        clock.set(now.toInstant());
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Tiêu Đề Dài " + unit, now);
        UUID roundId = UUID.randomUUID();
        RoundSnapshot base = Fixtures.round(roundId, "Báo cáo ".repeat(200), now.plusDays(10), null, List.of(unit), 1);
        RoundSnapshot longOne = new RoundSnapshot(base.roundId(), base.planId(), base.title(), base.issuerUnitCode(),
                new vn.nq57.contracts.events.DocumentRef("4383/" + "SKHCN-".repeat(30), base.request().issuedOn(),
                        base.request().issuer()),
                base.period(), base.cutOffDate(), base.dueAt(), null, 3, base.requiredUnitCodes(), List.of(), 1);
        Fixtures.publishRound(EventType.ROUND_OPENED, longOne, now);

        awaitSchedule(roundId, unit);
        assertReady();
    }

    @Test
    void recordsThatCannotBeAppliedAreParkedAndTheNextIsApplied() throws Exception {
        OffsetDateTime now = Fixtures.local(2026, 9, 2, 9, 0);
        clock.set(now.toInstant());
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Thư Chết " + unit, now);
        UUID roundId = UUID.randomUUID();
        double parkedBefore = deadLettered();

        // beyond PostgreSQL's timestamptz range (294276 AD): decodes, but can never be stored
        OffsetDateTime farFuture = OffsetDateTime.of(300000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
        EventEnvelope poison = Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo hạn xa", farFuture, null, List.of(unit), 1), now);
        String garbage = "{\"specversion\":\"1.0\",\"id\":" + "not json";
        sendRaw(roundId.toString(), garbage);
        // the same key, so the same partition: it comes after both poison records
        Fixtures.publishRound(EventType.ROUND_OPENED,
                Fixtures.round(roundId, "Báo cáo hạn thật", now.plusDays(10), null, List.of(unit), 1), now);

        awaitSchedule(roundId, unit);
        assertReady();

        List<ConsumerRecord<String, String>> parked = readDeadLetters(roundId.toString(), 2);
        ConsumerRecord<String, String> first = parked.get(0);
        assertEquals(poison.id(), vn.nq57.contracts.events.EventCodec.decode(first.value()).id(),
                "the original value is kept");
        Map<String, String> headers = headers(first);
        assertEquals(EventEnvelope.CONTENT_TYPE, headers.get("content-type"), "the original headers are kept");
        assertNotNull(headers.get("dead-letter-reason"));
        assertEquals(Topics.ROUNDS, headers.get("dead-letter-topic"));
        assertNotNull(headers.get("dead-letter-partition"));
        assertNotNull(headers.get("dead-letter-offset"));
        assertEquals(garbage, parked.get(1).value());
        assertEquals(Topics.ROUNDS, headers(parked.get(1)).get("dead-letter-topic"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(parkedBefore + 2, deadLettered(), 0.001));
    }

    private static double deadLettered() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("nq57_dead_lettered_total{") && l.contains("topic=\"" + Topics.ROUNDS + "\""))
                // with tracing on, a sample may carry an exemplar: "... 2.0 # {trace_id=...} 1.0 1795982597.948"
                .map(l -> l.split(" # ", 2)[0].trim())
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void sendRaw(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ROUNDS, key, value);
            record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value() == null ? null
                : new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    /** Reads {@code <topic>.dlq} from the beginning with a plain consumer until {@code count} records of the key. */
    private static List<ConsumerRecord<String, String>> readDeadLetters(String key, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !consumer.partitionsFor(ROUNDS_DLQ).isEmpty());
            List<TopicPartition> partitions = consumer.partitionsFor(ROUNDS_DLQ).stream()
                    .map(p -> new TopicPartition(ROUNDS_DLQ, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }
}
