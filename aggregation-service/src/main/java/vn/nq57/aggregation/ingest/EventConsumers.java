package vn.nq57.aggregation.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.Topics;

/**
 * The three topics this service reads (plan coverage is plan-service's answer, so plans are not
 * read). Records are processed in partition order and acknowledged after their transaction commits
 * (units and rounds one at a time, reports a poll at a time). A record that still fails after
 * {@link BoundedRetry#ATTEMPTS} attempts is counted and answered as a failed stage (nacked); the
 * channel's {@code dead-letter-queue} failure strategy then parks it on {@code <topic>.dlq} and goes
 * on. A failed stage rather than a thrown exception: the framework logs a thrown one again with its
 * stack trace, after {@link BoundedRetry} has already said why the record was parked.
 */
@ApplicationScoped
public class EventConsumers {

    static final String SERVICE = "aggregation-service";
    private static final Logger LOG = Logger.getLogger(EventConsumers.class);
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

    /**
     * A deadline day's report events come a poll at a time ({@code batch=true}) and are applied in one
     * transaction. When that fails, the poll's records are applied one at a time as on the other
     * topics, and a record that still fails is nacked alone: the failure strategy parks it, not its poll.
     */
    @Incoming("reports")
    @Blocking
    public CompletionStage<Void> reports(KafkaRecordBatch<String, String> batch) {
        try {
            projector.applyBatch(Topics.REPORTS, batch.getPayload());
        } catch (RuntimeException e) {
            LOG.debugf(e, "Applying %d report records one at a time", batch.getRecords().size());
            for (KafkaRecord<String, String> record : batch.getRecords()) {
                long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> m.getOffset()).orElse(-1L);
                RuntimeException failure = apply(Topics.REPORTS, position(record.getTopic(), record.getPartition(), offset),
                        record.getPayload());
                if (failure != null) {
                    record.nack(failure).toCompletableFuture().join();
                }
            }
        }
        return batch.ack();
    }

    private CompletionStage<Void> apply(String topic, ConsumerRecord<String, String> record) {
        RuntimeException failure = apply(topic, position(record.topic(), record.partition(), record.offset()), record.value());
        return failure == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(failure);
    }

    /** Applies one record with bounded retries; answers the last failure (counted as dead-lettered), or null. */
    private RuntimeException apply(String topic, String position, String json) {
        try {
            BoundedRetry.run(topic, position, () -> projector.apply(topic, json), RETRY_PAUSE_MILLIS);
            return null;
        } catch (RuntimeException e) {
            registry.counter("nq57.dead.lettered", "topic", topic, "service", SERVICE).increment();
            return e;
        }
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}
