package vn.nq57.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;

/** Publishes events on the real broker exactly as the services' outbox relays do. */
public final class EventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infra.kafkaBootstrap(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
            new StringSerializer(), new StringSerializer());

    /** Sends and waits for the broker's acknowledgement. */
    public void send(EventEnvelope event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.eventType().topic(), event.subject(),
                EventCodec.encode(event));
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        event.trace().headers().forEach(h -> record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Event " + event.id() + " was not acknowledged", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
