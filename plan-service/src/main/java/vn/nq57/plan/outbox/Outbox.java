package vn.nq57.plan.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;

/** Stores an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. */
@ApplicationScoped
public class Outbox {

    public Uni<EventEnvelope> append(EventType type, String subject, Object payload) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EventEnvelope envelope = EventCodec.wrap(type, EventSources.PLAN_SERVICE, subject, payload, now);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(envelope.id());
        row.topic = type.topic();
        row.messageKey = subject;
        row.eventType = type.type();
        row.payload = EventCodec.encode(envelope);
        row.createdAt = now;
        return row.persist().replaceWith(envelope);
    }
}
