package vn.nq57.aggregation.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Qualifier;

/** The aggregation rules on plain values, without a server. */
class RollupCalculatorTest {

    private static IndicatorDefinition indicator(IndicatorKind kind, AggregationRule rule) {
        return new IndicatorDefinition("X", "X", null, kind, rule, null, null);
    }

    private static UnitValue value(String unit, Qualifier q, Long value, Long min, Long max, Long num, Long den) {
        return new UnitValue(unit, unit, null, q, big(value), big(min), big(max), big(num), big(den), null, null,
                q == Qualifier.ABOUT, q == Qualifier.AT_LEAST);
    }

    private static UnitValue exact(String unit, long v) {
        return value(unit, Qualifier.EXACT, v, null, null, null, null);
    }

    private static BigDecimal big(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static RollupTotal total(IndicatorDefinition indicator, UnitValue... values) {
        return RollupCalculator.total(indicator, List.of(values), new ArrayList<>());
    }

    @Test
    void exactValuesSum() {
        RollupTotal t = total(indicator(IndicatorKind.COUNT, AggregationRule.SUM), exact("a", 28), exact("b", 7));
        assertEquals(Qualifier.EXACT, t.qualifier());
        assertEquals(0, BigDecimal.valueOf(35).compareTo(t.value()));
        assertFalse(t.estimate());
        assertFalse(t.lowerBound());
    }

    @Test
    void anAtLeastValueMakesTheSumALowerBound() {
        RollupTotal t = total(indicator(IndicatorKind.COUNT, AggregationRule.SUM), exact("a", 28),
                value("b", Qualifier.AT_LEAST, 200L, null, null, null, null));
        assertEquals(Qualifier.AT_LEAST, t.qualifier());
        assertEquals(0, BigDecimal.valueOf(228).compareTo(t.value()));
        assertNull(t.max());
        assertTrue(t.lowerBound());
    }

    @Test
    void rangesSumToTheSumOfMinsAndOfMaxes() {
        RollupTotal t = total(indicator(IndicatorKind.COUNT, AggregationRule.SUM),
                value("a", Qualifier.RANGE, null, 125L, 130L, null, null), exact("b", 100));
        assertEquals(Qualifier.RANGE, t.qualifier());
        assertNull(t.value());
        assertEquals(0, BigDecimal.valueOf(225).compareTo(t.min()));
        assertEquals(0, BigDecimal.valueOf(230).compareTo(t.max()));
    }

    @Test
    void anAboutValueMakesAnEstimate() {
        RollupTotal t = total(indicator(IndicatorKind.COUNT, AggregationRule.SUM), exact("a", 10),
                value("b", Qualifier.ABOUT, 5L, null, null, null, null));
        assertEquals(Qualifier.ABOUT, t.qualifier());
        assertTrue(t.estimate());
    }

    @Test
    void ratioOfSumsDividesTheSumsAndExcludesBarePercentages() {
        List<String> excluded = new ArrayList<>();
        RollupTotal t = RollupCalculator.total(indicator(IndicatorKind.PERCENTAGE, AggregationRule.RATIO_OF_SUMS),
                List.of(value("a", Qualifier.RATIO, null, null, null, 5010L, 5092L),
                        value("b", Qualifier.EXACT, 97L, null, null, null, null)), excluded);
        assertEquals(Qualifier.RATIO, t.qualifier());
        assertEquals(new BigDecimal("98.39"), t.value());
        assertEquals(List.of("b"), excluded);
    }

    @Test
    void averageMinAndMax() {
        IndicatorDefinition avg = indicator(IndicatorKind.COUNT, AggregationRule.AVERAGE);
        assertEquals(new BigDecimal("2.50"), total(avg, exact("a", 2), exact("b", 3)).value());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(
                total(indicator(IndicatorKind.COUNT, AggregationRule.MIN), exact("a", 2), exact("b", 3)).value()));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(
                total(indicator(IndicatorKind.COUNT, AggregationRule.MAX), exact("a", 2), exact("b", 3)).value()));
    }

    @Test
    void noneTextAndNothingReportedGiveNoFigure() {
        assertNull(total(indicator(IndicatorKind.COUNT, AggregationRule.NONE), exact("a", 1)));
        assertNull(total(indicator(IndicatorKind.TEXT, AggregationRule.SUM), exact("a", 1)));
        assertNull(total(indicator(IndicatorKind.COUNT, AggregationRule.SUM)));
    }

    @Test
    void aZeroDenominatorGivesNoQuotient() {
        assertNull(RollupCalculator.quotient(indicator(IndicatorKind.PERCENTAGE, AggregationRule.RATIO_OF_SUMS),
                BigDecimal.ONE, BigDecimal.ZERO));
    }
}
