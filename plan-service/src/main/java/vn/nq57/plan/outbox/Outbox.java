package vn.nq57.plan.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

/**
 * Stores an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. An
 * event over {@link EventCodec#MAX_EVENT_BYTES} is refused here, so the change that would produce it
 * fails with 400 and is rolled back instead of blocking the relay later. The row and the event keep
 * the trace context of the request that wrote them, so the trace goes on past Kafka.
 */
@ApplicationScoped
public class Outbox {

    public Uni<EventEnvelope> append(EventType type, String subject, Object payload) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TraceContext trace = TraceContext.current();
        EventEnvelope envelope = EventCodec.wrap(type, EventSources.PLAN_SERVICE, subject, payload, now).withTrace(trace);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(envelope.id());
        row.topic = type.topic();
        row.messageKey = subject;
        row.eventType = type.type();
        row.payload = EventCodec.encode(envelope);
        if (!EventCodec.withinBudget(row.payload)) {
            int bytes = row.payload.getBytes(StandardCharsets.UTF_8).length;
            return Uni.createFrom().failure(new ProblemException(ProblemKind.VALIDATION, "The change would publish a "
                    + type.type() + " event of " + bytes + " bytes, over the budget of " + EventCodec.MAX_EVENT_BYTES
                    + " bytes; make it smaller", List.of(new FieldError("body", "too large for its event ("
                    + bytes + " bytes, at most " + EventCodec.MAX_EVENT_BYTES + ")"))));
        }
        row.createdAt = now;
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        return row.persist().replaceWith(envelope);
    }
}
