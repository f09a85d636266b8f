package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The round status matrix.
 *
 * @param overall null for a unit officer, who sees only their own row
 * @param byUnitType keys XA, PHUONG, DAC_KHU (and UNKNOWN for units not yet known); null for a unit officer
 * @param closedAt when the city closed the round (chốt số liệu), null while it is open
 * @param reopenedUnits the units the closed round was reopened for, each with its own deadline (the latest
 *                      reopening of each); only the caller's own for a unit officer
 */
public record StatusMatrix(UUID roundId, String title, OffsetDateTime dueAt, OffsetDateTime asOf,
        List<StatusRow> units, Rates overall, Map<String, Rates> byUnitType, OffsetDateTime closedAt,
        List<ReopenedUnit> reopenedUnits) {

    public StatusMatrix withAsOf(OffsetDateTime time) {
        return new StatusMatrix(roundId, title, dueAt, time, units, overall, byUnitType, closedAt, reopenedUnits);
    }

    public StatusMatrix withUnits(List<StatusRow> rows) {
        return new StatusMatrix(roundId, title, dueAt, asOf, rows, overall, byUnitType, closedAt, reopenedUnits);
    }
}
