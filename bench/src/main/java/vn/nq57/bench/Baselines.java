package vn.nq57.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/** What the same servers do without the platform: a plain insert loop and Kafka round trips. */
final class Baselines {

    private Baselines() {
    }

    /** Inserts the documents one by one into a scratch collection; answers documents per second. */
    static double mongoInsertsPerSecond(String uri, List<String> documents) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase("nq57_bench").getCollection("raw_inserts");
            collection.drop();
            long start = System.nanoTime();
            for (String json : documents) {
                collection.insertOne(Document.parse(json));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            collection.drop();
            return documents.size() / seconds;
        }
    }

    /** Produce one record, consume it back, repeat; records each round trip in {@code stats}. */
    static void kafkaRoundTrips(String bootstrap, int count, Stats stats) {
        String topic = "nq57.bench.roundtrip";
        Properties producerProps = new Properties();
        producerProps.put("bootstrap.servers", bootstrap);
        producerProps.put("acks", "all");
        producerProps.put("key.serializer", StringSerializer.class.getName());
        producerProps.put("value.serializer", StringSerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put("bootstrap.servers", bootstrap);
        consumerProps.put("key.deserializer", StringDeserializer.class.getName());
        consumerProps.put("value.deserializer", StringDeserializer.class.getName());
        consumerProps.put("fetch.max.wait.ms", "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            producer.send(new ProducerRecord<>(topic, "warm-up")).get();
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = 0; i < count; i++) {
                String marker = UUID.randomUUID().toString();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, 0, null, marker));
                if (!awaitMarker(consumer, marker)) {
                    stats.error("kafka round trip", "not consumed within 10 s");
                    continue;
                }
                stats.recordMicros("kafka round trip", (System.nanoTime() - start) / 1_000);
            }
        } catch (Exception e) {
            stats.error("kafka round trip", e.getMessage());
        }
    }

    private static boolean awaitMarker(KafkaConsumer<String, String> consumer, String marker) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(5));
            for (var record : records) {
                if (marker.equals(record.value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
