package vn.nq57.notification.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One unit's duty to report in one round, and how far it has got. */
@Entity
@Table(name = "round_unit")
@IdClass(RoundUnit.Key.class)
public class RoundUnit {

    /** Where the unit stands; only PENDING and RETURNED units are chased. */
    public enum Status {
        PENDING, SUBMITTED, RETURNED, ACCEPTED
    }

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "resubmit_by")
    public Instant resubmitBy;

    /** The unit's own deadline when a closed round was reopened for it; null otherwise. */
    @Column(name = "reopened_due_at")
    public Instant reopenedDueAt;

    @Column(name = "report_revision")
    public long reportRevision = -1;

    public boolean chased() {
        return status == Status.PENDING || status == Status.RETURNED;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID roundId;
        public String unitCode;

        public Key() {
        }

        public Key(UUID roundId, String unitCode) {
            this.roundId = roundId;
            this.unitCode = unitCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(unitCode, k.unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, unitCode);
        }
    }
}
