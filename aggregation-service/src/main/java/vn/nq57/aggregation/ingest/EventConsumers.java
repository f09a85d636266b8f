package vn.nq57.aggregation.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.Topics;

/**
 * The three topics this service reads (plan coverage is plan-service's answer, so plans are not
 * read). Records are processed in partition order, one at a time,
 * and acknowledged after their transaction commits. A record that still fails after
 * {@link BoundedRetry#ATTEMPTS} attempts is counted and answered as a failed stage (nacked); the
 * channel's {@code dead-letter-queue} failure strategy then parks it on {@code <topic>.dlq} and goes
 * on. A failed stage rather than a thrown exception: the framework logs a thrown one again with its
 * stack trace, after {@link BoundedRetry} has already said why the record was parked.
 */
@ApplicationScoped
public class EventConsumers {

    static final String SERVICE = "aggregation-service";
    private static final long RETRY_PAUSE_MILLIS = 100;

    @Inject
    Projector projector;
    @Inject
    MeterRegistry registry;

    @Incoming("units")
    @Blocking
    public CompletionStage<Void> units(ConsumerRecord<String, String> record) {
        return apply(Topics.UNITS, record);
    }

    @Incoming("rounds")
    @Blocking
    public CompletionStage<Void> rounds(ConsumerRecord<String, String> record) {
        return apply(Topics.ROUNDS, record);
    }

    @Incoming("reports")
    @Blocking
    public CompletionStage<Void> reports(ConsumerRecord<String, String> record) {
        return apply(Topics.REPORTS, record);
    }

    private CompletionStage<Void> apply(String topic, ConsumerRecord<String, String> record) {
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            BoundedRetry.run(topic, position, () -> projector.apply(topic, record.value()), RETRY_PAUSE_MILLIS);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            registry.counter("nq57.dead.lettered", "topic", topic, "service", SERVICE).increment();
            return CompletableFuture.failedFuture(e);
        }
    }
}
