package vn.nq57.aggregation.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Qualifier;

/**
 * Applies an indicator's {@link AggregationRule} to the units' values. Every value is read as an
 * interval [low, high]: exact and "about" values are points, "at least" values have no upper
 * bound, ranges are their bounds and ratios their quotient. The rule combines the bounds, so
 * ranges sum to [sum of mins, sum of maxes] and any "at least" makes the city figure a lower bound.
 */
public final class RollupCalculator {

    static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RollupCalculator() {
    }

    /** Answers the city figure, or null when nothing usable was reported or the rule is NONE. */
    public static RollupTotal total(IndicatorDefinition indicator, List<UnitValue> values, List<String> excluded) {
        AggregationRule rule = indicator.aggregation() == null ? AggregationRule.SUM : indicator.aggregation();
        if (rule == AggregationRule.NONE || indicator.kind() == IndicatorKind.TEXT) {
            return null;
        }
        if (rule == AggregationRule.RATIO_OF_SUMS) {
            return ratioOfSums(indicator, values, excluded);
        }
        List<BigDecimal> lows = new ArrayList<>();
        List<BigDecimal> highs = new ArrayList<>();
        boolean estimate = false;
        boolean lowerBound = false;
        for (UnitValue v : values) {
            BigDecimal[] bounds = bounds(indicator, v);
            if (bounds == null) {
                excluded.add(v.unitCode());
                continue;
            }
            lows.add(bounds[0]);
            highs.add(bounds[1]);
            estimate |= v.estimate();
            lowerBound |= bounds[1] == null;
        }
        if (lows.isEmpty()) {
            return null;
        }
        boolean unbounded = highs.stream().anyMatch(Objects::isNull);
        List<BigDecimal> knownHighs = highs.stream().filter(Objects::nonNull).toList();
        BigDecimal low;
        BigDecimal high;
        switch (rule) {
            case AVERAGE -> {
                low = average(lows);
                high = unbounded ? null : average(highs);
            }
            case MIN -> {
                low = lows.stream().reduce(BigDecimal::min).orElseThrow();
                high = knownHighs.isEmpty() ? null : knownHighs.stream().reduce(BigDecimal::min).orElseThrow();
            }
            case MAX -> {
                low = lows.stream().reduce(BigDecimal::max).orElseThrow();
                high = unbounded ? null : highs.stream().reduce(BigDecimal::max).orElseThrow();
            }
            default -> {
                low = lows.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                high = unbounded ? null : highs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
        Qualifier qualifier;
        BigDecimal value;
        if (high == null) {
            qualifier = Qualifier.AT_LEAST;
            value = low;
        } else if (low.compareTo(high) != 0) {
            qualifier = Qualifier.RANGE;
            value = null;
        } else {
            qualifier = estimate ? Qualifier.ABOUT : Qualifier.EXACT;
            value = low;
        }
        return new RollupTotal(qualifier, value, low, high, null, null, estimate, lowerBound || high == null);
    }

    private static RollupTotal ratioOfSums(IndicatorDefinition indicator, List<UnitValue> values,
            List<String> excluded) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int used = 0;
        for (UnitValue v : values) {
            if (v.numerator() == null || v.denominator() == null) {
                excluded.add(v.unitCode());
                continue;
            }
            numerator = numerator.add(v.numerator());
            denominator = denominator.add(v.denominator());
            used++;
        }
        if (used == 0) {
            return null;
        }
        BigDecimal value = quotient(indicator, numerator, denominator);
        return new RollupTotal(Qualifier.RATIO, value, value, value, numerator, denominator, false, false);
    }

    /** [low, high] of one value, high null when unbounded; null when the value has no number. */
    private static BigDecimal[] bounds(IndicatorDefinition indicator, UnitValue v) {
        Qualifier q = v.qualifier() == null ? Qualifier.EXACT : v.qualifier();
        return switch (q) {
            case EXACT, ABOUT -> v.value() == null ? null : new BigDecimal[] {v.value(), v.value()};
            case AT_LEAST -> v.value() == null ? null : new BigDecimal[] {v.value(), null};
            case RANGE -> v.min() == null || v.max() == null ? null : new BigDecimal[] {v.min(), v.max()};
            case RATIO -> {
                BigDecimal point = v.numerator() == null || v.denominator() == null ? v.value()
                        : quotient(indicator, v.numerator(), v.denominator());
                yield point == null ? null : new BigDecimal[] {point, point};
            }
        };
    }

    /** numerator / denominator, times 100 for a percentage indicator, to 2 decimals. */
    static BigDecimal quotient(IndicatorDefinition indicator, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal factor = indicator.kind() == IndicatorKind.PERCENTAGE ? HUNDRED : BigDecimal.ONE;
        return numerator.multiply(factor).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }
}
