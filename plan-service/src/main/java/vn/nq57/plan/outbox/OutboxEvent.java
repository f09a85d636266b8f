package vn.nq57.plan.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A CloudEvent waiting in the outbox; its id is the event's id. Sequence and delivery columns are the relay's. */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** W3C trace context of the request that wrote the event (null when it was not traced). */
    public String traceparent;

    public String tracestate;
}
