package vn.nq57.submission.local;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;

/** Builds the local unit and plan copies from {@code nq57.units.v1} and {@code nq57.plans.v1}. */
@ApplicationScoped
public class LocalCopyConsumer {

    private static final Logger LOG = Logger.getLogger(LocalCopyConsumer.class);

    @Inject
    LocalCopies copies;

    @Incoming("units-in")
    @Blocking
    public void onUnit(String json) {
        EventEnvelope event = EventCodec.decode(json);
        if (EventType.UNIT_UPSERTED.type().equals(event.type())) {
            copies.apply(EventCodec.data(event, UnitSnapshot.class));
        } else {
            LOG.debugf("Skipping %s on the units topic", event.type());
        }
    }

    @Incoming("plans-in")
    @Blocking
    public void onPlan(String json) {
        EventEnvelope event = EventCodec.decode(json);
        boolean planEvent = EventType.fromType(event.type()).map(t -> t.payload() == PlanSnapshot.class).orElse(false);
        if (planEvent) {
            copies.apply(EventCodec.data(event, PlanSnapshot.class));
        } else {
            LOG.debugf("Skipping %s on the plans topic", event.type());
        }
    }
}
