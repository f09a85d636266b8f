package vn.nq57.notification.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CloudEvent id already applied, stored in the transaction of its effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "processed_at")
    public Instant processedAt;
}
