package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A round known to this service, for picking one. */
public record RoundSummary(UUID roundId, UUID planId, String title, String issuerUnitCode, String request,
        OffsetDateTime dueAt, int requiredUnits) {
}
