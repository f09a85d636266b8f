package vn.nq57.gateway.deadletter;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.gateway.GatewayConfig;

/**
 * Reads the dead-letter topics with a plain consumer (assign and seek: no consumer group, nothing
 * committed, nothing the services' groups could notice) and re-publishes records. Every read is
 * bounded in records and in time.
 */
@ApplicationScoped
public class DeadLetterStore {

    /** A page's records and the number of records on the topics read. */
    record Slice(long total, List<ConsumerRecord<byte[], byte[]>> records) {
    }

    private final String bootstrapServers;
    private final Duration timeout;
    private volatile KafkaProducer<byte[], byte[]> producer;

    public DeadLetterStore(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            GatewayConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = config.deadLetters().readTimeout();
    }

    /** Skips {@code skip} records in (topic, partition, offset) order and reads up to {@code limit}. */
    Slice read(List<String> topics, long skip, int limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(limit)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            Instant deadline = Instant.now().plus(timeout);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long toSkip = skip;
            for (TopicPartition partition : partitions) {
                long size = end.get(partition) - begin.get(partition);
                if (records.size() >= limit) {
                    break;
                }
                if (toSkip >= size) {
                    toSkip -= size;
                    continue;
                }
                long from = begin.get(partition) + toSkip;
                toSkip = 0;
                records.addAll(readPartition(consumer, partition, from, end.get(partition),
                        limit - records.size(), deadline));
            }
            return new Slice(total, records);
        }
    }

    /** The record at {@code id}, when the topic still holds it. */
    Optional<ConsumerRecord<byte[], byte[]>> find(ParkedRecordId id) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(1)) {
            TopicPartition partition = id.topicPartition();
            if (!partitions(consumer, List.of(id.dlqTopic())).contains(partition)) {
                return Optional.empty();
            }
            long begin = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            if (id.offset() < begin || id.offset() >= end) {
                return Optional.empty();
            }
            return readPartition(consumer, partition, id.offset(), id.offset() + 1, 1, Instant.now().plus(timeout))
                    .stream().filter(r -> r.offset() == id.offset()).findFirst();
        }
    }

    /** Sends and waits for the broker's acknowledgement (all in-sync replicas). */
    RecordMetadata publish(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer().send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying to " + record.topic(), e);
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not acknowledge the replay to " + record.topic(), e);
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readPartition(KafkaConsumer<byte[], byte[]> consumer,
            TopicPartition partition, long from, long end, int max, Instant deadline) {
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        while (records.size() < max && consumer.position(partition, timeout) < end && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (records.size() < max && record.offset() < end) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    /** The existing partitions of {@code topics}, in topic then partition order. */
    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        Set<String> existing = consumer.listTopics(timeout).keySet();
        return topics.stream().filter(existing::contains)
                .flatMap(topic -> consumer.partitionsFor(topic, timeout).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer(int maxRecords) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "nq57-gateway-dead-letters");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, maxRecords));
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = new HashMap<>();
                    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, "nq57-gateway-replay");
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5000));
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
                    producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
