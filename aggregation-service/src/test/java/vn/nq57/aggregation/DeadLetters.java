package vn.nq57.aggregation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.Infra;

/** Reads a dead-letter topic back with a plain Kafka consumer, from its beginning. */
final class DeadLetters {

    /** One parked record: its value and headers as they are on the .dlq topic. */
    record Parked(String value, Map<String, String> headers) {
    }

    private DeadLetters() {
    }

    /** Waits for the parked record whose value contains {@code marker} (an event id). */
    static Parked await(String topic, String marker, Duration timeout) {
        String dlq = Topics.deadLetter(topic);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            Instant end = Instant.now().plus(timeout);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(end)) {
                partitions = consumer.listTopics().containsKey(dlq) ? consumer.partitionsFor(dlq).stream()
                        .map(p -> new TopicPartition(dlq, p.partition())).toList() : List.of();
                pause();
            }
            if (partitions.isEmpty()) {
                throw new AssertionError("No topic " + dlq + " within " + timeout);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Optional<Parked> parked = match(record, marker);
                    if (parked.isPresent()) {
                        return parked.get();
                    }
                }
            }
            throw new AssertionError("No record with " + marker + " on " + dlq + " within " + timeout);
        }
    }

    private static Optional<Parked> match(ConsumerRecord<String, String> record, String marker) {
        if (record.value() == null || !record.value().contains(marker)) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(),
                h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
        return Optional.of(new Parked(record.value(), headers));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
