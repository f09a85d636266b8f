package vn.nq57.notification.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Local copy of a reporting round (đợt báo cáo), built from {@code round.*}. */
@Entity
@Table(name = "round")
public class RoundEntity {

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    public String title;

    @Column(name = "issuer_unit_code")
    public String issuerUnitCode;

    @Column(name = "request_number")
    public String requestNumber;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "resubmission_days")
    public Integer resubmissionDays;

    public long revision;

    /** When the city closed the round (chốt số liệu); null while open. */
    @Column(name = "closed_at")
    public Instant closedAt;
}
