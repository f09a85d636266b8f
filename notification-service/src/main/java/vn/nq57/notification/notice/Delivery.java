package vn.nq57.notification.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The delivery log: one notification on one channel to one target, with its tries. */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** Channels a notice travels on. */
    public enum Channel {
        EMAIL, INBOX, WEBHOOK
    }

    /**
     * PENDING (first try due), SENDING (leased by a dispatcher), RETRYING, SENT, DEAD (dead letter),
     * CANCELLED (its webhook was deactivated before it went out).
     */
    public enum Status {
        PENDING, SENDING, RETRYING, SENT, DEAD, CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** An email address, a user id (inbox) or a webhook id. */
    public String target;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
