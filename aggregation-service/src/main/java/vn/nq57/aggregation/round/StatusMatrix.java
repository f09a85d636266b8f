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
 */
public record StatusMatrix(UUID roundId, String title, OffsetDateTime dueAt, OffsetDateTime asOf,
        List<StatusRow> units, Rates overall, Map<String, Rates> byUnitType) {
}
