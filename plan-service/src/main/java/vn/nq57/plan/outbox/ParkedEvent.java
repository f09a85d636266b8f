package vn.nq57.plan.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox event the relay gave up on after its attempts, as the operator view shows it. */
public record ParkedEvent(UUID id, String topic, String key, String type, int attempts, String lastError,
        OffsetDateTime createdAt, OffsetDateTime parkedAt) {
}
