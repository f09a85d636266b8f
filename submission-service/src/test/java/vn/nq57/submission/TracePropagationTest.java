package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.Infra;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;
import vn.nq57.testinfra.TestTraces;

/**
 * Traces across Kafka in both directions: a request's trace reaches the round event the relay
 * publishes (MongoDB outbox), and a consumed record is processed under the trace its
 * {@code traceparent} header names (the log line of a parked record carries that trace id).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class TracePropagationTest {

    @Test
    void aRequestsTraceReachesThePublishedEvent() {
        UUID planId = Fixtures.publishCityPlan();
        String traceId = TestTraces.newTraceId();
        Map<String, Object> body = Fixtures.roundBody(planId, OffsetDateTime.now().plusDays(3));
        String roundId = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    var response = given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON)
                            .header("traceparent", TestTraces.traceparent(traceId)).body(body).post("/api/v1/rounds");
                    return response.statusCode() == 201 ? response.jsonPath().getString("roundId") : null;
                }, id -> id != null);

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            EventReader.Received opened = rounds.await(r -> r.key().equals(roundId), Duration.ofSeconds(60));
            TraceContext written = opened.event().trace();
            assertEquals(traceId, written.traceId(), "the event carries the request's trace");
            TraceContext header = TraceContext.of(opened.headers().get("traceparent"), null);
            assertEquals(traceId, header.traceId(), "the record continues the request's trace");
            assertNotEquals(written.traceparent(), header.traceparent(), "the header names the relay's publish span");
        }
    }

    @Test
    void aConsumedRecordIsProcessedUnderTheTraceOfItsHeader() throws Exception {
        String traceId = TestTraces.newTraceId();
        String poison = "{\"specversion\":\"1.0\",\"id\":\"traced-poison-" + System.nanoTime()
                + "\",\"type\":\"vn.nq57.unit.upserted\",\"data\":{\"code\":\"31555\",\"revision\":\"NaN\"}}";
        List<String> parkedUnderTrace = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getFormattedMessage().startsWith("Parking record")) {
                    parkedUnderTrace.add(ext.getMdc("traceId"));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger retryLog = Logger.getLogger(BoundedRetry.class.getName());
        retryLog.addHandler(capture);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.UNITS, "31555", poison);
            record.headers().add("traceparent", TestTraces.traceparent(traceId).getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
            // The dead-letter topic exists once the first record is parked there: read it when it does.
            await("the parked record keeps its trace").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> assertEquals(traceId, parkedTraceId(poison)));
        } finally {
            retryLog.removeHandler(capture);
        }
        assertTrue(parkedUnderTrace.contains(traceId), "log lines of the parked record: " + parkedUnderTrace);
    }

    private static String parkedTraceId(String value) {
        try (TestTopics.Reader dlq = new TestTopics.Reader(Topics.deadLetter(Topics.UNITS))) {
            ConsumerRecord<String, String> parked = dlq.until(r -> r.stream().anyMatch(x -> value.equals(x.value())),
                    Duration.ofSeconds(10)).stream().filter(x -> value.equals(x.value())).findFirst().orElseThrow();
            Header kept = parked.headers().lastHeader("traceparent");
            return TraceContext.of(new String(kept.value(), StandardCharsets.UTF_8), null).traceId();
        }
    }
}
