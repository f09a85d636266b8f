package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.plan.outbox.Outbox;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The outbox relay against the real broker: a failing event is retried, parked and replayed without
 * holding back other keys, later events of its key wait for it, the relay wakes on commit, 20,000
 * pending events drain, and an oversize event is refused when the change is made.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class OutboxRelayTest {

    private static final String PARKED = "/api/v1/plans/outbox/parked";

    @Inject
    Pool pool;

    @Inject
    Outbox outbox;

    private static EventEnvelope event(String key) {
        UnitSnapshot unit = new UnitSnapshot(key, "Thử", "Xã Thử", UnitType.XA, "31", List.of(), true, 1);
        return EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, key, unit,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private void insert(UUID id, String topic, String key, String payload) {
        pool.preparedQuery("INSERT INTO outbox (id, topic, message_key, event_type, payload) VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(id, topic, key, "vn.nq57.unit.upserted", payload)).await().indefinitely();
    }

    /** The reader sees only partitions that exist when it starts: create the topic first. */
    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private long pending(String topic) {
        return pool.preparedQuery("SELECT count(*) FROM outbox WHERE topic = $1 AND published_at IS NULL")
                .execute(Tuple.of(topic)).await().indefinitely().iterator().next().getLong(0);
    }

    private Row row(UUID id) {
        return pool.preparedQuery("SELECT attempts, last_error, published_at, parked_at FROM outbox WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next();
    }

    /** The sum of a Prometheus metric's samples whose line contains {@code label} (or all of them). */
    private static double metric(String name, String label) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                if (label == null || line.contains(label)) {
                    // the value follows the labels; an exemplar ("# {trace_id=…} …") may follow the value
                    String afterLabels = line.substring(line.startsWith(name + "{") ? line.indexOf("} ") + 2 : name.length() + 1);
                    sum += Double.parseDouble(afterLabels.split(" ")[0]);
                }
            }
        }
        return sum;
    }

    @Test
    void aFailingEventIsParkedWithoutHoldingBackOthersAndItsKeyStaysInOrder() throws Exception {
        String topic = "nq57.test.outbox-poison";
        createTopic(topic);
        // Keys are unit codes: the reader checks every event against its schema.
        String key = String.valueOf(ThreadLocalRandom.current().nextInt(70000, 80000));
        UUID poison = UUID.randomUUID();
        EventEnvelope later = event(key);
        EventEnvelope other = event(String.valueOf(ThreadLocalRandom.current().nextInt(80000, 90000)));
        double parkedBefore = metric("nq57_plan_outbox_parked_total", null);
        // Over the producer's 1 MB request limit: every attempt fails with RecordTooLargeException.
        insert(poison, topic, key, "x".repeat(1_100_000));
        insert(UUID.fromString(later.id()), topic, key, EventCodec.encode(later));
        insert(UUID.fromString(other.id()), topic, other.subject(), EventCodec.encode(other));

        try (EventReader reader = new EventReader(topic)) {
            reader.await(r -> r.event().id().equals(other.id()), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                Row p = row(poison);
                Row l = row(UUID.fromString(later.id()));
                assertFalse(p.getOffsetDateTime("parked_at") == null && l.getOffsetDateTime("published_at") != null,
                        "a later event of the key was published while an earlier one was still failing");
                return p.getOffsetDateTime("parked_at") != null;
            });
            Row parked = row(poison);
            assertEquals(3, parked.getInteger("attempts"));
            assertTrue(parked.getString("last_error").contains("RecordTooLargeException"), parked.getString("last_error"));
            assertTrue(parked.getString("last_error").length() <= 500);
            assertEquals(null, parked.getOffsetDateTime("published_at"));
            reader.await(r -> r.event().id().equals(later.id()), Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> metric("nq57_plan_outbox_parked_total", null) >= parkedBefore + 1);

        given().auth().oauth2(TestTokens.platformOperator()).queryParam("size", 200).when().get(PARKED)
                .then().statusCode(200).body("items.id", hasItem(poison.toString()))
                .body("items.find { it.id == '" + poison + "' }.lastError", containsString("RecordTooLarge"))
                .body("items.find { it.id == '" + poison + "' }.key", equalTo(key));

        // The cause is fixed (here: the event made small enough), then the operator replays it.
        EventEnvelope fixed = event(key);
        pool.preparedQuery("UPDATE outbox SET payload = $2 WHERE id = $1")
                .execute(Tuple.of(poison, EventCodec.encode(fixed))).await().indefinitely();
        given().auth().oauth2(TestTokens.platformOperator()).when().post(PARKED + "/" + poison + "/retry")
                .then().statusCode(200).body("id", equalTo(poison.toString())).body("attempts", equalTo(0));
        try (EventReader reader = new EventReader(topic)) {
            reader.await(r -> r.event().id().equals(fixed.id()), Duration.ofSeconds(60));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> row(poison).getOffsetDateTime("published_at") != null);
        given().auth().oauth2(TestTokens.platformOperator()).queryParam("size", 200).when().get(PARKED)
                .then().statusCode(200).body("items.id", not(hasItem(poison.toString())));
        given().auth().oauth2(TestTokens.platformOperator()).when().post(PARKED + "/" + poison + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyPlatformOperatorsSeeOrRetryParkedEvents() {
        for (String token : List.of(TestTokens.cityAdmin(), TestTokens.cityStaff(), TestTokens.integration(),
                TestTokens.unitOfficer("11446"), TestTokens.noRole())) {
            given().auth().oauth2(token).when().get(PARKED).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("urn:nq57:problem:forbidden"));
            given().auth().oauth2(token).when().post(PARKED + "/" + UUID.randomUUID() + "/retry").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get(PARKED).then().statusCode(401);
        given().auth().oauth2(TestTokens.platformOperator()).when().get(PARKED).then().statusCode(200);
    }

    @Test
    void theRelayWakesWhenATransactionWithEventsCommits() {
        double before = metric("nq57_plan_outbox_wakeups_total", "cause=\"commit\"");
        EventEnvelope e = event("wake-" + UUID.randomUUID());
        insert(UUID.fromString(e.id()), "nq57.test.outbox-wake", e.subject(), EventCodec.encode(e));
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("nq57_plan_outbox_wakeups_total", "cause=\"commit\"") > before);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> row(UUID.fromString(e.id())).getOffsetDateTime("published_at") != null);
    }

    @Test
    void twentyThousandPendingEventsDrain() throws Exception {
        String topic = "nq57.test.outbox-drain";
        createTopic(topic);
        pool.preparedQuery("INSERT INTO outbox (id, topic, message_key, event_type, payload) "
                        + "SELECT gen_random_uuid(), $1, 'k' || (i % 500), 'test', '{\"n\":' || i || '}' "
                        + "FROM generate_series(1, 20000) i")
                .execute(Tuple.of(topic)).await().indefinitely();
        // The machine may be loaded: wait as long as every minute shows progress (a wedge shows none).
        long left = pending(topic);
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (left > 0 && System.nanoTime() < deadline) {
            long before = left;
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> pending(topic) < before);
            left = pending(topic);
        }
        assertEquals(0, left, "every pending event was published");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            long records = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            assertEquals(20_000, records);
        }
    }

    @Test
    void anEventOverTheBudgetIsRefusedWhenTheChangeIsMade() {
        String code = "budget-" + UUID.randomUUID();
        List<String> offices = Collections.nCopies(300, "Phòng ".repeat(200));
        UnitSnapshot huge = new UnitSnapshot(code, "Thử", "Xã Thử", UnitType.XA, "31", offices, true, 1);
        ProblemException refused = assertThrows(ProblemException.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> outbox.append(EventType.UNIT_UPSERTED, code, huge))));
        assertEquals(400, refused.toProblem().status());
        assertEquals("body", refused.toProblem().errors().get(0).field());
        assertEquals(0L, pool.preparedQuery("SELECT count(*) FROM outbox WHERE message_key = $1")
                .execute(Tuple.of(code)).await().indefinitely().iterator().next().getLong(0));
    }
}
