package vn.nq57.aggregation.rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One round's figure of an indicator.
 *
 * @param total     the city figure (whole-city trend), else null
 * @param unitValue the unit's value (unit trend), else null; null also when the unit did not report it
 */
public record TrendPoint(UUID roundId, String title, LocalDate periodFrom, LocalDate periodTo, OffsetDateTime dueAt,
        int reportedBy, RollupTotal total, UnitValue unitValue) {
}
