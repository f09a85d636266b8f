package vn.nq57.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * Parked records on the real broker, written as SmallRye's dead-letter-queue strategy writes them
 * (original headers kept, {@code dead-letter-*} added), listed and replayed through the gateway.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "oidc,kafka"))
@QuarkusTestResource(value = BackendsTestResource.class, restrictToAnnotatedClass = false)
class DeadLetterTest {

    private static final String PATH = "/api/v1/platform/dead-letters";

    @Test
    void listsAParkedRecordWithItsCauseAndEvent() {
        String eventId = UUID.randomUUID().toString();
        RecordMetadata parked = park(Topics.REPORTS, "rpt-1", event(eventId, "rpt-1", "Khó khăn \u0000"),
                "PSQLException: unsupported Unicode escape sequence", 2, 41);

        JsonPath page = given().auth().oauth2(TestTokens.platformOperator())
                .queryParam("topic", Topics.REPORTS).queryParam("limit", 100)
                .when().get(PATH)
                .then().statusCode(200)
                .body("topics", equalTo(List.of(Topics.deadLetter(Topics.REPORTS))))
                .extract().jsonPath();
        Map<String, Object> item = find(page, eventId);
        assertEquals(Topics.deadLetter(Topics.REPORTS) + "-" + parked.partition() + "-" + parked.offset(), item.get("id"));
        assertEquals(Topics.REPORTS, item.get("originalTopic"));
        assertEquals(2, item.get("originalPartition"));
        assertEquals(41, item.get("originalOffset"));
        assertEquals("rpt-1", item.get("key"));
        assertEquals("PSQLException: unsupported Unicode escape sequence", item.get("reason"));
        assertEquals("java.sql.SQLException: boom", item.get("cause"));
        assertEquals("vn.nq57.report.submitted", item.get("eventType"));
        assertEquals("rpt-1", item.get("eventSubject"));
        assertTrue(((String) item.get("valuePreview")).contains(eventId));
        assertEquals(false, item.get("valueTruncated"));
        assertTrue((Integer) item.get("sizeBytes") > 100);
        assertTrue(page.getLong("total") >= 1);
    }

    @Test
    void showsARecordThatIsNoEventWithABoundedPreview() {
        String key = "unit-" + UUID.randomUUID();
        byte[] garbage = ("not json " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        park(Topics.UNITS, key, garbage, "JsonParseException", 0, 7);

        JsonPath page = given().auth().oauth2(TestTokens.platformOperator())
                .queryParam("topic", Topics.deadLetter(Topics.UNITS)).queryParam("limit", 100)
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = page.<Map<String, Object>>getList("items").stream()
                .filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow();
        assertEquals(null, item.get("eventId"));
        assertEquals(garbage.length, item.get("sizeBytes"));
        assertEquals(true, item.get("valueTruncated"));
        assertEquals(2048, ((String) item.get("valuePreview")).length());
    }

    @Test
    void pagesByOffsetWithinBounds() {
        String key = "plan-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            park(Topics.PLANS, key, event(UUID.randomUUID().toString(), key, "n" + i), "boom " + i, 1, i);
        }
        long total = given().auth().oauth2(TestTokens.platformOperator()).queryParam("topic", Topics.PLANS)
                .queryParam("limit", 1).when().get(PATH).then().statusCode(200).extract().jsonPath().getLong("total");
        assertTrue(total >= 3);
        Set<String> ids = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (long offset = 0; offset < total; offset += 2) {
            JsonPath page = given().auth().oauth2(TestTokens.platformOperator()).queryParam("topic", Topics.PLANS)
                    .queryParam("offset", offset).queryParam("limit", 2)
                    .when().get(PATH).then().statusCode(200).body("offset", equalTo((int) offset))
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= 2);
            items.forEach(item -> {
                assertTrue(ids.add((String) item.get("id")), "pages overlap at " + item.get("id"));
                keys.add((String) item.get("key"));
            });
        }
        assertEquals(total, ids.size());
        assertEquals(3, keys.stream().filter(key::equals).count());

        for (Object[] bad : new Object[][] {{"limit", 0}, {"limit", 101}, {"offset", -1}, {"topic", "nq57.billing.v1"}}) {
            given().auth().oauth2(TestTokens.platformOperator()).queryParam((String) bad[0], bad[1])
                    .when().get(PATH)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void replaysTheOriginalValueAndHeadersToTheOriginalTopic() throws Exception {
        String eventId = UUID.randomUUID().toString();
        byte[] value = event(eventId, "rpt-9", "Báo cáo quý");
        park(Topics.REPORTS, "rpt-9", value, "Timeout", 1, 12);
        String id = (String) find(given().auth().oauth2(TestTokens.platformOperator())
                .queryParam("topic", Topics.REPORTS).queryParam("limit", 100)
                .when().get(PATH).then().statusCode(200).extract().jsonPath(), eventId).get("id");

        JsonPath receipt = given().auth().oauth2(TestTokens.platformOperator())
                .when().post(PATH + "/" + id + "/replay")
                .then().statusCode(202)
                .body("replayOf", equalTo(id))
                .body("topic", equalTo(Topics.REPORTS))
                .body("key", equalTo("rpt-9"))
                .body("eventId", equalTo(eventId))
                .extract().jsonPath();

        ConsumerRecord<byte[], byte[]> replayed = read(Topics.REPORTS, receipt.getInt("partition"), receipt.getLong("offset"));
        assertArrayEquals(value, replayed.value());
        assertEquals("rpt-9", new String(replayed.key(), StandardCharsets.UTF_8));
        assertEquals(id, header(replayed, "nq57-replay-of"));
        assertEquals("application/cloudevents+json; charset=UTF-8", header(replayed, "content-type"));
        assertEquals("trace-1", header(replayed, "traceparent"));
        for (Header header : replayed.headers()) {
            assertFalse(header.key().startsWith("dead-letter-"), header.key() + " is the dead letter's, not the event's");
        }
    }

    @Test
    void onlyPlatformOperatorsSeeOrReplayDeadLetters() {
        given().when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(TestTokens.cityAdmin(), TestTokens.cityStaff(), TestTokens.unitOfficer("11446"),
                TestTokens.integration())) {
            given().auth().oauth2(token).when().get(PATH)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:nq57:problem:forbidden"));
            given().auth().oauth2(token).when().post(PATH + "/" + Topics.deadLetter(Topics.REPORTS) + "-0-0/replay")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().post(PATH + "/" + Topics.deadLetter(Topics.REPORTS) + "-0-0/replay")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.platformOperator())
                .when().post(PATH + "/" + Topics.deadLetter(Topics.REPORTS) + "-0-99999999/replay")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
        given().auth().oauth2(TestTokens.platformOperator())
                .when().post(PATH + "/nq57.secrets.v1-0-0/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static byte[] event(String id, String subject, String note) {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/submission-service\","
                + "\"type\":\"vn.nq57.report.submitted\",\"subject\":\"" + subject + "\","
                + "\"time\":\"2026-11-29T08:00:00Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"note\":\"" + note.replace("\u0000", "\\u0000") + "\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Parks a record as SmallRye's dead-letter-queue failure strategy does. */
    static RecordMetadata park(String topic, String key, byte[] value, String reason, int partition, long offset) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.deadLetter(topic),
                key.getBytes(StandardCharsets.UTF_8), value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", "trace-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-cause", "java.sql.SQLException: boom".getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-topic", topic.getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-partition", String.valueOf(partition).getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-offset", String.valueOf(offset).getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Parking failed", e);
        }
    }

    private static ConsumerRecord<byte[], byte[]> read(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            Instant end = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            throw new AssertionError("No record at " + topic + "-" + partition + "@" + offset);
        }
    }

    private static Map<String, Object> find(JsonPath page, String eventId) {
        return page.<Map<String, Object>>getList("items").stream()
                .filter(item -> eventId.equals(item.get("eventId"))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " not listed"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
