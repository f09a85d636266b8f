package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.submission.outbox.OutboxEvents;
import vn.nq57.submission.outbox.OutboxRelay;
import vn.nq57.submission.outbox.OutboxStore;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** The outbox relay against the real MongoDB wire server and the real broker. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class OutboxRelayTest {

    private static final String PARKED = "/api/v1/submission/outbox/parked";

    @Inject
    MongoCollections collections;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxStore store;

    @Inject
    OutboxQueryProbe probe;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "nq57.outbox.batch-size")
    int batchSize;

    @ConfigProperty(name = "nq57.outbox.max-attempts")
    int maxAttempts;

    @Test
    void twentyThousandPendingEventsDrainInBoundedQueriesAndKeepEachAggregatesOrder() throws Exception {
        String topic = "nq57.test.drain-" + UUID.randomUUID();
        TestTopics.create(topic, 3, Map.of());
        String roundId = UUID.randomUUID().toString();
        int aggregates = 10_000;
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            String id = "drain-" + UUID.randomUUID();
            documents.add(new Document("_id", id).append("roundId", roundId).append("unitCode", "D" + i)
                    .append("outbox", List.of(entry(topic, id, 1, ""), entry(topic, id, 2, ""))).append("outboxCount", 2)
                    .append("outboxDueAt", new Date()));
            if (documents.size() == 1_000) {
                collections.reports().insertMany(documents);
                documents.clear();
            }
        }
        probe.reset();
        try (TestTopics.Reader reader = new TestTopics.Reader(topic)) {
            relay.wake();
            List<ConsumerRecord<String, String>> records = reader.until(r -> r.size() >= 2 * aggregates
                    && distinctIds(r).size() >= 2 * aggregates, Duration.ofMinutes(5));
            assertEquals(2 * aggregates, distinctIds(records).size());
            Map<String, List<Integer>> order = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                order.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(json(record).get("seq").asInt());
            }
            assertEquals(aggregates, order.size());
            order.forEach((key, seqs) -> assertTrue(seqs.indexOf(1) < seqs.indexOf(2), key + " arrived as " + seqs));
            await().atMost(Duration.ofSeconds(60)).until(() -> collections.reports().countDocuments(
                    Filters.and(Filters.eq("roundId", roundId), Filters.exists("outboxDueAt"))) == 0);
            assertEquals(0, collections.reports().countDocuments(Filters.and(Filters.eq("roundId", roundId),
                    Filters.exists("outbox.0"))));
            assertTrue(probe.queries() >= 2 * aggregates / batchSize, "due queries seen: " + probe.queries());
            assertTrue(probe.largestQuery() <= batchSize, "a due query returned " + probe.largestQuery());
            assertTrue(probe.largestReply() <= batchSize, "a reply carried " + probe.largestReply());
        } finally {
            collections.reports().deleteMany(Filters.eq("roundId", roundId));
        }
    }

    /**
     * A commit names its aggregate, and the pass it wakes reads only the named aggregates, by id: the
     * local wire server has no secondary indexes, so a read through outboxDueAt scans every report.
     * Aggregates left unnamed (as after a crash between the write and the wake) wait for a full pass.
     * A window in which the fallback timer's full pass ran proves nothing either way and is tried again.
     */
    @Test
    void aCommitWakePublishesOnlyTheNamedAggregatesWithoutAScan() throws Exception {
        String topic = "nq57.test.named-" + UUID.randomUUID();
        TestTopics.create(topic, 1, Map.of());
        String roundId = UUID.randomUUID().toString();
        try (TestTopics.Reader reader = new TestTopics.Reader(topic)) {
            List<String> named = new ArrayList<>();
            List<String> unnamed = new ArrayList<>();
            boolean provedAlone = false;
            for (int attempt = 0; attempt < 3 && !provedAlone; attempt++) {
                double fullBefore = fullPasses();
                probe.reset();
                for (int i = 0; i < 40; i++) {
                    String id = "named-" + UUID.randomUUID();
                    collections.reports().insertOne(new Document("_id", id).append("roundId", roundId)
                            .append("unitCode", "N" + attempt + "-" + i)
                            .append("outbox", List.of(entry(topic, id, 1, ""), entry(topic, id, 2, "")))
                            .append("outboxCount", 2).append("outboxDueAt", new Date()));
                    if (i % 2 == 0) {
                        named.add(id);
                        relay.wake(collections.reports(), id);
                    } else {
                        unnamed.add(id);
                    }
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> named.stream().allMatch(this::drained));
                provedAlone = fullPasses() == fullBefore;
                if (provedAlone) {
                    assertEquals(0, probe.queries(), "due queries through outboxDueAt during named passes");
                    assertTrue(unnamed.stream().noneMatch(this::drained), "an unnamed aggregate was published");
                }
            }
            assertTrue(provedAlone, "every attempt overlapped a full pass of the fallback timer");
            List<ConsumerRecord<String, String>> records = reader.until(r -> distinctIds(r).size() >= 2 * named.size(),
                    Duration.ofSeconds(30));
            Map<String, List<Integer>> order = new HashMap<>();
            records.forEach(r -> order.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(json(r).get("seq").asInt()));
            named.forEach(id -> assertEquals(List.of(1, 2), order.get(id), id + " arrived as " + order.get(id)));

            relay.wake();
            await().atMost(Duration.ofSeconds(30)).until(() -> unnamed.stream().allMatch(this::drained));
        } finally {
            collections.reports().deleteMany(Filters.eq("roundId", roundId));
        }
    }

    /**
     * The head that was an aggregate's only event settles in one update; where an event was pushed
     * after the relay read the aggregate, the published one is pulled and the new one stays pending.
     * Both are due in an hour, so no relay pass takes them meanwhile.
     */
    @Test
    void aPublishedOnlyEventSettlesInOneUpdateAndAnEventPushedMeanwhileStaysPending() {
        String roundId = UUID.randomUUID().toString();
        String alone = "alone-" + UUID.randomUUID();
        String pushed = "pushed-" + UUID.randomUUID();
        Document aloneEvent = entry("nq57.test.unused", alone, 1, "");
        Document read = entry("nq57.test.unused", pushed, 1, "");
        Document later = entry("nq57.test.unused", pushed, 2, "");
        Date inAnHour = new Date(System.currentTimeMillis() + 3_600_000);
        collections.reports().insertMany(List.of(
                new Document("_id", alone).append("roundId", roundId).append("unitCode", "L1").append("outbox", List.of(aloneEvent))
                        .append("outboxCount", 1).append("outboxDueAt", inAnHour),
                new Document("_id", pushed).append("roundId", roundId).append("unitCode", "L2").append("outbox", List.of(read))
                        .append("outboxCount", 1).append("outboxDueAt", inAnHour)));
        try {
            collections.reports().updateOne(Filters.eq("_id", pushed), Updates.combine(Updates.push("outbox", later),
                    Updates.inc("outboxCount", 1)));
            store.settleLast(collections.reports(), List.of(new OutboxStore.Published(alone, aloneEvent.getString("id")),
                    new OutboxStore.Published(pushed, read.getString("id"))));

            Document settled = collections.reports().find(Filters.eq("_id", alone)).first();
            assertEquals(0, settled.getInteger("outboxCount"));
            assertTrue(settled.getList("outbox", Document.class).isEmpty());
            assertFalse(settled.containsKey("outboxDueAt"));
            Document stillDue = collections.reports().find(Filters.eq("_id", pushed)).first();
            assertEquals(1, stillDue.getInteger("outboxCount"));
            assertEquals(List.of(later.getString("id")),
                    stillDue.getList("outbox", Document.class).stream().map(e -> e.getString("id")).toList());
            assertTrue(stillDue.containsKey("outboxDueAt"));
        } finally {
            collections.reports().deleteMany(Filters.eq("roundId", roundId));
        }
    }

    @Test
    void thePendingGaugeCountsWaitingAggregatesOnItsOwnThread() {
        String roundId = UUID.randomUUID().toString();
        Date inAnHour = new Date(System.currentTimeMillis() + 3_600_000);
        List<Document> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "waiting-" + UUID.randomUUID();
            waiting.add(new Document("_id", id).append("roundId", roundId).append("unitCode", "W" + i)
                    .append("outbox", List.of(entry("nq57.test.unused", id, 1, ""))).append("outboxCount", 1)
                    .append("outboxDueAt", inAnHour));
        }
        collections.reports().insertMany(waiting);
        try {
            // the count agrees with the store within a few seconds, with these five waiting for an hour
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                double gauge = pendingGauge();
                return gauge >= 5 && gauge == store.pending(100_000);
            });
        } finally {
            collections.reports().deleteMany(Filters.eq("roundId", roundId));
        }
    }

    private double pendingGauge() {
        return registry.get("nq57_outbox_pending").gauge().value();
    }

    private boolean drained(String aggregateId) {
        Document aggregate = collections.reports().find(Filters.eq("_id", aggregateId)).first();
        return aggregate.getInteger("outboxCount", -1) == 0 && !aggregate.containsKey("outboxDueAt");
    }

    private double fullPasses() {
        return registry.counter("nq57_outbox_passes_total", "kind", "full").count();
    }

    @Test
    void anAggregateWhoseSettlingFailsIsRetriedLaterWithoutHoldingBackTheOthers() {
        MongoCollection<Document> scratch = collections.database().getCollection("settle-" + UUID.randomUUID());
        scratch.createIndex(new Document("code", 1), new IndexOptions().unique(true));
        scratch.insertMany(List.of(new Document("_id", "a").append("code", "A"), new Document("_id", "b").append("code", "B"),
                new Document("_id", "c").append("code", "C")));
        long before = System.currentTimeMillis();
        store.settle(scratch, List.of(
                new UpdateOneModel<>(Filters.eq("_id", "a"), Updates.set("settled", true)),
                new UpdateOneModel<>(Filters.eq("_id", "b"), Updates.set("code", "A")),
                new UpdateOneModel<>(Filters.eq("_id", "c"), Updates.set("settled", true))));
        assertTrue(scratch.find(Filters.eq("_id", "a")).first().getBoolean("settled", false), "a settled");
        assertTrue(scratch.find(Filters.eq("_id", "c")).first().getBoolean("settled", false), "c settled after b failed");
        Document failed = scratch.find(Filters.eq("_id", "b")).first();
        assertEquals("B", failed.getString("code"));
        assertTrue(failed.getDate(OutboxEvents.DUE_AT).getTime() >= before + 4_000, "b due again a few seconds later");
        scratch.drop();
    }

    @Test
    void aFailingEventIsParkedWithoutHoldingBackOthersAndAnOperatorRetriesIt() throws Exception {
        String topic = "nq57.test.small-" + UUID.randomUUID();
        // Larger than the producer's batch.size (16 KiB), so the refused record travels alone.
        TestTopics.create(topic, 1, Map.of("max.message.bytes", "20000"));
        String roundId = UUID.randomUUID().toString();
        String stuck = "stuck-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        Document tooBig = entry(topic, stuck, 1, incompressible(40_000));
        Document behind = entry(topic, stuck, 2, "");
        Document free = entry(topic, other, 1, "");
        collections.reports().insertMany(List.of(
                new Document("_id", stuck).append("roundId", roundId).append("unitCode", "S1")
                        .append("outbox", List.of(tooBig, behind)).append("outboxCount", 2).append("outboxDueAt", new Date()),
                new Document("_id", other).append("roundId", roundId).append("unitCode", "S2")
                        .append("outbox", List.of(free)).append("outboxCount", 1).append("outboxDueAt", new Date())));
        try (TestTopics.Reader reader = new TestTopics.Reader(topic)) {
            relay.wake();
            List<ConsumerRecord<String, String>> records = reader.until(r -> distinctIds(r).containsAll(
                    Set.of(behind.getString("id"), free.getString("id"))), Duration.ofSeconds(60));
            assertFalse(distinctIds(records).contains(tooBig.getString("id")));

            // The record can be read back before the relay has settled its acknowledgement.
            await().atMost(Duration.ofSeconds(30)).until(() -> !collections.reports().find(Filters.eq("_id", stuck))
                    .first().containsKey("outboxDueAt"));
            Document aggregate = collections.reports().find(Filters.eq("_id", stuck)).first();
            List<Document> parked = aggregate.getList("outboxParked", Document.class);
            assertEquals(1, parked.size());
            assertEquals(tooBig.getString("id"), parked.get(0).getString("id"));
            assertEquals(maxAttempts, parked.get(0).getInteger("attempts"));
            assertTrue(parked.get(0).getString("lastError").contains("RecordTooLarge"), parked.get(0).getString("lastError"));
            long sentBehind = records.stream().filter(r -> behind.getString("id").equals(json(r).get("id").asText()))
                    .findFirst().orElseThrow().timestamp();
            assertTrue(sentBehind >= parked.get(0).getDate("parkedAt").getTime(),
                    "the event behind the failing one went out before it was parked");
            assertTrue(aggregate.getList("outbox", Document.class).isEmpty());
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("nq57_outbox_parked_total") && l.contains(topic)),
                    "parked counter for " + topic);

            String eventId = tooBig.getString("id");
            given().auth().oauth2(TestTokens.platformOperator()).get(PARKED + "?limit=200").then().statusCode(200)
                    .body("eventId", hasItem(eventId))
                    .body("find { it.eventId == '" + eventId + "' }.attempts", equalTo(maxAttempts))
                    .body("find { it.eventId == '" + eventId + "' }.topic", equalTo(topic))
                    .body("find { it.eventId == '" + eventId + "' }.lastError", containsString("RecordTooLarge"));
            for (String token : List.of(TestTokens.cityAdmin(), TestTokens.cityStaff(),
                    TestTokens.unitOfficer(Fixtures.PHU_LIEN), TestTokens.integration())) {
                given().auth().oauth2(token).get(PARKED).then().statusCode(403)
                        .contentType(containsString("application/problem+json"));
                given().auth().oauth2(token).post(PARKED + "/" + eventId + "/retry").then().statusCode(403)
                        .contentType(containsString("application/problem+json"));
            }
            given().get(PARKED).then().statusCode(401);
            given().auth().oauth2(TestTokens.platformOperator()).post(PARKED + "/no-such-event/retry").then()
                    .statusCode(404).contentType(containsString("application/problem+json"));
            given().auth().oauth2(TestTokens.platformOperator()).get(PARKED + "?limit=0").then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("limit"));
            assertEquals(1, collections.reports().find(Filters.eq("_id", stuck)).first()
                    .getList("outboxParked", Document.class).size(), "a refused retry changed nothing");

            TestTopics.alter(topic, "max.message.bytes", "1048576");
            given().auth().oauth2(TestTokens.platformOperator()).post(PARKED + "/" + eventId + "/retry").then()
                    .statusCode(202).body("eventId", equalTo(eventId));
            reader.until(r -> distinctIds(r).contains(eventId), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Document after = collections.reports().find(Filters.eq("_id", stuck)).first();
                assertTrue(after.getList("outboxParked", Document.class).isEmpty());
                assertTrue(after.getList("outbox", Document.class).isEmpty());
                assertFalse(after.containsKey("outboxDueAt"));
            });
            given().auth().oauth2(TestTokens.platformOperator()).get(PARKED + "?limit=200").then().statusCode(200)
                    .body("eventId", not(hasItem(eventId)));
        } finally {
            collections.reports().deleteMany(Filters.eq("roundId", roundId));
        }
    }

    private static Document entry(String topic, String key, int seq, String filler) {
        String id = UUID.randomUUID().toString();
        String event = EventCodec.toJson(Map.of("id", id, "key", key, "seq", seq, "filler", filler));
        return new Document("id", id).append("type", "vn.nq57.test.relayed").append("topic", topic).append("key", key)
                .append("event", event).append("bytes", event.getBytes(StandardCharsets.UTF_8).length)
                .append("attempts", 0);
    }

    /** Random hexadecimal text: LZ4 finds nothing to shorten, so the record stays this large on the wire. */
    private static String incompressible(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return text.substring(0, length);
    }

    private static Set<String> distinctIds(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(json(r).get("id").asText()));
        return ids;
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return EventCodec.mapper().readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + record.value(), e);
        }
    }
}
