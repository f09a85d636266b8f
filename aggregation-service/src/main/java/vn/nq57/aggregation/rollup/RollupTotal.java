package vn.nq57.aggregation.rollup;

import java.math.BigDecimal;
import vn.nq57.contracts.events.Qualifier;

/**
 * The city figure of one indicator under its aggregation rule.
 *
 * @param qualifier   EXACT; ABOUT when an estimate went in; RANGE when bounds differ; AT_LEAST when a
 *                    lower-bound value went in (no upper bound); RATIO for ratio-of-sums
 * @param value       the figure (the lower bound for AT_LEAST); null for RANGE
 * @param min         lower bound (sum of mins for SUM)
 * @param max         upper bound (sum of maxes for SUM), null when unbounded
 * @param numerator   sum of numerators, RATIO_OF_SUMS only
 * @param denominator sum of denominators, RATIO_OF_SUMS only
 * @param estimate    true when any contributing value is "about"
 * @param lowerBound  true when any contributing value is "at least"
 */
public record RollupTotal(Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
        BigDecimal numerator, BigDecimal denominator, boolean estimate, boolean lowerBound) {
}
