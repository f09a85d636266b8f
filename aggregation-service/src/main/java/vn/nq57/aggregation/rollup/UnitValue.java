package vn.nq57.aggregation.rollup;

import java.math.BigDecimal;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.UnitType;

/**
 * One unit's reported value of an indicator, as the unit wrote it.
 *
 * @param estimate   true for "gần/khoảng" (ABOUT) values
 * @param lowerBound true for "hơn/trên" (AT_LEAST) values
 */
public record UnitValue(String unitCode, String unitName, UnitType unitType, Qualifier qualifier, BigDecimal value,
        BigDecimal min, BigDecimal max, BigDecimal numerator, BigDecimal denominator, String text, String note,
        boolean estimate, boolean lowerBound) {
}
