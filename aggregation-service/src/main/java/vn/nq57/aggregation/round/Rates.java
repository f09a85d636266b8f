package vn.nq57.aggregation.round;

import java.math.BigDecimal;

/**
 * Completeness and timeliness of a group of required units.
 *
 * @param completeness percentage of required units that have submitted (any state after submission)
 * @param timeliness   percentage of required units whose first submission met the deadline in force
 */
public record Rates(int required, int submitted, int onTime, int late, int overdue, BigDecimal completeness,
        BigDecimal timeliness) {
}
