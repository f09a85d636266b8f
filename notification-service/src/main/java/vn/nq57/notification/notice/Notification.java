package vn.nq57.notification.notice;

import vn.nq57.notification.shared.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notice decided once (unique {@code dedupKey}) and then delivered on every channel. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "dedup_key")
    public String dedupKey;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "unit_code")
    public String unitCode;

    /** The province whose city staff and webhooks receive it. */
    public String province;

    public String title;

    @Column(name = "text_body")
    public String textBody;

    @Column(name = "html_body")
    public String htmlBody;

    /** The JSON body webhooks receive. */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;
}
