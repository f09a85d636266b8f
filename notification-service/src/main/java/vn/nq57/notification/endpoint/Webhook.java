package vn.nq57.notification.endpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import vn.nq57.notification.shared.NoticeKind;

/** An endpoint of the city's e-government platform that receives signed notifications. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    public UUID id;

    @Column(name = "province_code")
    public String provinceCode;

    public String url;

    public String description;

    /** HMAC-SHA256 key shared with the receiver. */
    public String secret;

    /** Comma-separated notice kinds; empty for all. */
    public String kinds;

    public boolean active;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean accepts(NoticeKind kind) {
        return kinds.isBlank() || Arrays.asList(kinds.split(",")).contains(kind.name());
    }
}
