package vn.nq57.notification.catalog;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;

/**
 * Consumes units, rounds and reports. Each event is applied once (by CloudEvent id) in one
 * transaction with its effect; malformed events and unknown types are logged and skipped.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventHandler handler;

    EventConsumer(EventHandler handler) {
        this.handler = handler;
    }

    @Incoming("units")
    @Blocking
    public void onUnit(String json) {
        apply(json);
    }

    @Incoming("rounds")
    @Blocking
    public void onRound(String json) {
        apply(json);
    }

    @Incoming("reports")
    @Blocking
    public void onReport(String json) {
        apply(json);
    }

    private void apply(String json) {
        EventEnvelope event;
        try {
            event = EventCodec.decode(json);
        } catch (IllegalArgumentException malformed) {
            LOG.warnf("Skipping a malformed event: %s", malformed.getMessage());
            return;
        }
        handler.handle(event);
    }
}
