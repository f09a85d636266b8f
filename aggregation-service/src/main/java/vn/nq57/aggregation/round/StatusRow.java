package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;
import vn.nq57.contracts.events.UnitType;

/**
 * One required unit in the status matrix.
 *
 * @param firstSubmittedAt when the unit first submitted; timeliness is judged on it
 * @param submittedAt      when the latest submitted version was submitted
 * @param late             whether the first submission came after the deadline in force
 * @param flagCount        how many of the unit's values carry an outlier flag (city callers; null otherwise)
 */
public record StatusRow(String unitCode, String unitName, UnitType unitType, UnitStatus status, Integer version,
        OffsetDateTime firstSubmittedAt, OffsetDateTime submittedAt, Boolean late, OffsetDateTime resubmitBy, Integer flagCount) {

    public StatusRow withFlagCount(int count) {
        return new StatusRow(unitCode, unitName, unitType, status, version, firstSubmittedAt, submittedAt, late,
                resubmitBy, count);
    }
}
