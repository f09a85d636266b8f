package vn.nq57.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A topic replayed from its beginning, and how far its consumer groups are behind, with plain kafka-clients. */
final class TopicReplay {

    private final String bootstrap;

    TopicReplay(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * Publishes every record the topic holds once more, to the same partition with the same key, value
     * and headers, as a replay by an operator (or a producer that retried a whole batch) would.
     *
     * @return how many records were published again
     */
    int republishFromBeginning(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                        new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int copied = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        producer.send(new ProducerRecord<>(topic, r.partition(), r.key(), r.value(), r.headers()));
                        copied++;
                    }
                }
            }
            producer.flush();
            return copied;
        }
    }

    /**
     * Records of the topic not yet committed by the consumer groups that read it (groups that have
     * committed on it at least once), by group.
     */
    Map<String, Long> lag(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, Long> lag = new HashMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(p -> p.topic().equals(topic)).forEach(p -> latest.put(p, OffsetSpec.latest()));
                if (!latest.isEmpty()) {
                    var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                    lag.put(group.groupId(), latest.keySet().stream()
                            .mapToLong(p -> ends.get(p).offset() - committed.get(p).offset()).sum());
                }
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the consumer groups' lag on " + topic, e);
        }
    }

    /** Records on a topic (0 when it does not exist): for the dead-letter topics. */
    long records(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                return 0;
            }
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> {
                earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            });
            var from = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
            var to = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            return to.keySet().stream().mapToLong(p -> to.get(p).offset() - from.get(p).offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot count the records of " + topic, e);
        }
    }
}
