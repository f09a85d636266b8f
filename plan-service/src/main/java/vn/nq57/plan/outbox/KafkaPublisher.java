package vn.nq57.plan.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.PublishSpans;
import vn.nq57.contracts.events.TraceContext;

/**
 * Sends structured-mode CloudEvents; a send completes only when the broker has acknowledged it (acks=all).
 * Each send is a PRODUCER span in the trace of the request that wrote the event, and the record's
 * {@code traceparent}/{@code tracestate} headers name that span, so consumers continue the trace.
 */
@ApplicationScoped
public class KafkaPublisher {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Tracer tracer;

    private KafkaProducer<String, String> producer;

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    ProducerConfig.CLIENT_ID_CONFIG, "plan-service-outbox",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000",
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000",
                    ProducerConfig.LINGER_MS_CONFIG, "5"),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** One event to send, with the trace context of the request that wrote it. */
    public record Message(String topic, String key, String value, TraceContext trace) {
    }

    /**
     * Sends every message without waiting for each acknowledgement in turn, then waits for all:
     * answers, in the order given, null for an acknowledged message or the error of a failed one.
     */
    public Uni<List<Throwable>> sendAll(List<Message> messages) {
        return Uni.createFrom().<List<CompletableFuture<Throwable>>>item(() -> messages.stream().map(this::send).toList())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(sent -> Uni.createFrom()
                        .completionStage(CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)))
                        .map(ignored -> sent.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<Throwable> send(Message message) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Span span = PublishSpans.start(tracer, message.topic(), message.key(), message.trace());
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), message.key(), message.value());
            record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            PublishSpans.sent(span, message.trace()).headers()
                    .forEach(h -> record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)));
            producer().send(record, (metadata, error) -> {
                PublishSpans.end(span, error);
                outcome.complete(error);
            });
        } catch (RuntimeException e) {
            PublishSpans.end(span, e);
            outcome.complete(e);
        }
        return outcome;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
