package vn.nq57.submission.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.PublishSpans;
import vn.nq57.contracts.events.TraceContext;

/**
 * The relay's Kafka producer: acknowledged by every in-sync replica, idempotent (a retried batch is
 * written once and in order), keyed by aggregate so that one unit's events stay in one partition.
 * A plain kafka-clients producer rather than a messaging channel, so that each send answers its own
 * acknowledgement and a failing record never stalls the stream of the others. Each send is a PRODUCER
 * span in the trace of the request that wrote the event, named by the record's {@code traceparent}.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final KafkaProducer<String, String> producer;
    private final Tracer tracer;

    OutboxPublisher(Tracer tracer, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "nq57.outbox.linger", defaultValue = "5ms") Duration linger,
            @ConfigProperty(name = "nq57.outbox.compression", defaultValue = "lz4") String compression,
            @ConfigProperty(name = "nq57.outbox.send-timeout", defaultValue = "30s") Duration sendTimeout) {
        this.tracer = tracer;
        int timeout = (int) sendTimeout.toMillis();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "submission-service-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, compression,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 10_000 + (int) linger.toMillis()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 10_000)),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends one pending outbox entry; the future completes with the broker's acknowledgement or its failure. */
    public CompletableFuture<RecordMetadata> send(Document event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                event.getString("event"));
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        TraceContext writer = OutboxEvents.trace(event);
        Span span = PublishSpans.start(tracer, record.topic(), record.key(), writer);
        PublishSpans.sent(span, writer).headers()
                .forEach(h -> record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                PublishSpans.end(span, error);
                if (error == null) {
                    acknowledged.complete(metadata);
                } else {
                    acknowledged.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            PublishSpans.end(span, e);
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
