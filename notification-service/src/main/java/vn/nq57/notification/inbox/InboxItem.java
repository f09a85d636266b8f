package vn.nq57.notification.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.nq57.notification.shared.NoticeKind;

/** One notification in one user's in-app inbox (hộp thư thông báo). */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    /** The token subject of the user who sees it. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public String title;

    public String body;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
