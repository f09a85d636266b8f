package vn.nq57.submission.local;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;

/**
 * Builds the local unit and plan copies from {@code nq57.units.v1} and {@code nq57.plans.v1}. A
 * record that still fails after {@link BoundedRetry} is counted and answered as a failed stage
 * (nacked; a thrown exception would be logged again with its stack trace by the framework): the
 * channel's dead-letter strategy parks it on {@code <topic>.dlq} and the consumer goes on. Applied
 * event ids are remembered, so a replay changes nothing.
 */
@ApplicationScoped
public class LocalCopyConsumer {

    private static final Logger LOG = Logger.getLogger(LocalCopyConsumer.class);
    private static final long RETRY_PAUSE_MILLIS = 50;

    @Inject
    LocalCopies copies;

    @Inject
    ConsumedEvents consumed;

    @Inject
    MeterRegistry registry;

    @Incoming("units-in")
    @Blocking
    public CompletionStage<Void> onUnit(String json) {
        return consume(Topics.UNITS, json, event -> {
            if (EventType.UNIT_UPSERTED.type().equals(event.type())) {
                copies.apply(EventCodec.data(event, UnitSnapshot.class));
            } else {
                LOG.debugf("Skipping %s on the units topic", event.type());
            }
        });
    }

    @Incoming("plans-in")
    @Blocking
    public CompletionStage<Void> onPlan(String json) {
        return consume(Topics.PLANS, json, event -> {
            boolean planEvent = EventType.fromType(event.type()).map(t -> t.payload() == PlanSnapshot.class).orElse(false);
            if (planEvent) {
                copies.apply(EventCodec.data(event, PlanSnapshot.class));
            } else {
                LOG.debugf("Skipping %s on the plans topic", event.type());
            }
        });
    }

    private CompletionStage<Void> consume(String topic, String json, Consumer<EventEnvelope> apply) {
        try {
            BoundedRetry.run(topic, recordId(json), () -> {
                EventEnvelope event = EventCodec.decode(json);
                if (!consumed.seen(event.id())) {
                    apply.accept(event);
                    consumed.remember(event.id(), topic);
                }
            }, RETRY_PAUSE_MILLIS);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            registry.counter("nq57_dead_lettered_total", "topic", topic, "service", "submission-service").increment();
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String recordId(String json) {
        try {
            return "event " + EventCodec.decode(json).id();
        } catch (RuntimeException e) {
            return "an undecodable record";
        }
    }
}
