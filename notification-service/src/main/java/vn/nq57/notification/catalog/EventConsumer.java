package vn.nq57.notification.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.EventCodec;

/**
 * Consumes units, rounds and reports. Each event is applied once (by CloudEvent id) in one
 * transaction with its effect. A record that still fails after {@link BoundedRetry}'s attempts
 * (a payload that does not decode, a value PostgreSQL cannot store) is counted and rethrown: the
 * channel's {@code dead-letter-queue} strategy parks it on {@code <topic>.dlq} and the channel goes on.
 */
@ApplicationScoped
public class EventConsumer {

    static final String DEAD_LETTERED = "nq57_dead_lettered_total";
    private static final String SERVICE = "notification-service";
    private static final long RETRY_PAUSE_MILLIS = 200;

    private final EventHandler handler;
    private final MeterRegistry metrics;

    EventConsumer(EventHandler handler, MeterRegistry metrics) {
        this.handler = handler;
        this.metrics = metrics;
    }

    @Incoming("units")
    @Blocking
    public void onUnit(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("rounds")
    @Blocking
    public void onRound(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("reports")
    @Blocking
    public void onReport(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        String id = "%s-%d@%d".formatted(record.topic(), record.partition(), record.offset());
        try {
            BoundedRetry.run(record.topic(), id, () -> handler.handle(EventCodec.decode(record.value())),
                    RETRY_PAUSE_MILLIS);
        } catch (RuntimeException parked) {
            metrics.counter(DEAD_LETTERED, "topic", record.topic(), "service", SERVICE).increment();
            throw parked;
        }
    }
}
