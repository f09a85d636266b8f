package vn.nq57.notification.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a POST carrying an {@code Idempotency-Key}, replayed to retries. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String caller;

    @Id
    @Column(name = "idem_key")
    public String idemKey;

    public int status;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public String caller;
        public String idemKey;

        public Key() {
        }

        public Key(String caller, String idemKey) {
            this.caller = caller;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idemKey);
        }
    }
}
