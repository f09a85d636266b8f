package vn.nq57.testinfra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSchemas;

/**
 * Reads events back from the real broker with a plain Kafka consumer, from the beginning of a
 * topic. Tests find their events by subject or payload, since earlier tests wrote to the same topic.
 * Every event read is checked against its contract (envelope and JSON Schema): a service that
 * publishes a malformed event fails the test that reads it.
 */
public final class EventReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Received> seen = new ArrayList<>();

    /** One record as it was on the wire. */
    public record Received(String key, EventEnvelope event, Map<String, String> headers) {
    }

    /** Reads the topic on this JVM's test broker ({@link Infra#kafkaBootstrap()}). */
    public EventReader(String topic) {
        this(Infra.kafkaBootstrap(), topic);
    }

    /** Reads the topic on the broker at {@code bootstrap} (a platform started elsewhere). */
    public EventReader(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits for the first event that matches; fails after the timeout. */
    public Received await(Predicate<Received> match, Duration timeout) {
        List<Received> found = awaitCount(match, 1, timeout);
        return found.get(0);
    }

    /** Waits until {@code count} matching events have arrived and answers all matching so far. */
    public List<Received> awaitCount(Predicate<Received> match, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<Received> found = seen.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Expected " + count + " matching events within " + timeout
                        + ", found " + found.size() + " among " + seen.size());
            }
            pollOnce();
        }
    }

    /** Everything read so far after draining what is on the broker for a short while. */
    public List<Received> drain(Duration quiet) {
        Instant end = Instant.now().plus(quiet);
        while (Instant.now().isBefore(end)) {
            pollOnce();
        }
        return List.copyOf(seen);
    }

    private void pollOnce() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new java.util.HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
            EventEnvelope event = EventCodec.decode(record.value());
            List<String> problems = EventSchemas.problems(event);
            if (!problems.isEmpty()) {
                throw new AssertionError("Event " + event.id() + " (" + event.type() + ") breaks its contract: " + problems);
            }
            seen.add(new Received(record.key(), event, headers));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
