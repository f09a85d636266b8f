package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;

/**
 * A unit a closed round was reopened for: it alone may still submit, and is overdue against its own deadline.
 *
 * @param dueAt the unit's own deadline (Asia/Ho_Chi_Minh)
 * @param at    when the city reopened the round for it
 */
public record ReopenedUnit(String unitCode, OffsetDateTime dueAt, String reason, OffsetDateTime at) {
}
