package vn.nq57.notification.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.nq57.notification.shared.NoticeKind;

/** One entry of the durable schedule of a (round, unit): a reminder or an overdue notice. */
@Entity
@Table(name = "scheduled_notice")
public class ScheduledNotice {

    /** PENDING until sent; CANCELLED when the unit submits or the deadline moves; SKIPPED when superseded. */
    public enum Status {
        PENDING, SENT, CANCELLED, SKIPPED
    }

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    /** {@code D7}, {@code D3}, {@code D1}, {@code DUE_DAY}, {@code OVERDUE}; prefixed {@code R} for a resubmission. */
    public String label;

    /** The deadline this entry chases. */
    public Instant deadline;

    @Column(name = "fire_at")
    public Instant fireAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "dedup_key")
    public String dedupKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "done_at")
    public Instant doneAt;
}
