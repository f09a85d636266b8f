package vn.nq57.notification.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.EventCodec;

/**
 * Consumes units, rounds and reports without blocking: each record is applied once (by CloudEvent
 * id) in one transaction with its effect. A failed transaction is tried again from the start, up to
 * {@link BoundedRetry#ATTEMPTS} times with a growing pause; a record that still fails (a payload
 * that does not decode, a value PostgreSQL cannot store) is logged once, counted and failed: the
 * channel's {@code dead-letter-queue} strategy parks it on {@code <topic>.dlq} and the channel goes on.
 */
@ApplicationScoped
public class EventConsumer {

    static final String DEAD_LETTERED = "nq57_dead_lettered_total";
    private static final String SERVICE = "notification-service";
    private static final long RETRY_PAUSE_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventHandler handler;
    private final MeterRegistry metrics;

    EventConsumer(EventHandler handler, MeterRegistry metrics) {
        this.handler = handler;
        this.metrics = metrics;
    }

    @Incoming("units")
    public Uni<Void> onUnit(ConsumerRecord<String, String> record) {
        return apply(record);
    }

    @Incoming("rounds")
    public Uni<Void> onRound(ConsumerRecord<String, String> record) {
        return apply(record);
    }

    @Incoming("reports")
    public Uni<Void> onReport(ConsumerRecord<String, String> record) {
        return apply(record);
    }

    private Uni<Void> apply(ConsumerRecord<String, String> record) {
        String id = "%s-%d@%d".formatted(record.topic(), record.partition(), record.offset());
        return attempt(record, Vertx.currentContext(), 1).onFailure().invoke(parked -> {
            LOG.errorf("Parking record %s of %s after %d attempts: %s", id, record.topic(), BoundedRetry.ATTEMPTS,
                    rootMessage(parked));
            metrics.counter(DEAD_LETTERED, "topic", record.topic(), "service", SERVICE).increment();
        });
    }

    private Uni<Void> attempt(ConsumerRecord<String, String> record, Context context, int attempt) {
        return Uni.createFrom().deferred(() -> handler.handle(EventCodec.decode(record.value())))
                .onFailure(failure -> attempt < BoundedRetry.ATTEMPTS)
                .recoverWithUni(failure -> pause(context, RETRY_PAUSE_MILLIS * attempt)
                        .chain(() -> attempt(record, context, attempt + 1)));
    }

    /** Waits without blocking, then goes on on the record's own Vert.x context (Hibernate Reactive needs it). */
    private static Uni<Void> pause(Context context, long millis) {
        return Uni.createFrom().emitter(done -> context.owner().setTimer(millis,
                timer -> context.runOnContext(ignored -> done.complete(null))));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
