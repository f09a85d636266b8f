package vn.nq57.aggregation.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.rollup.RollupTotal;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Qualifier;

class VietnameseFormatTest {

    private static RollupTotal ratio(long numerator, long denominator, String value) {
        return new RollupTotal(Qualifier.RATIO, new BigDecimal(value), null, null, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), false, false);
    }

    @Test
    void ratiosArePrintedWithBothFiguresAndThePercentage() {
        assertEquals("5.010/5.092 (98,39%)", VietnameseFormat.total(ratio(5010, 5092, "98.39"),
                IndicatorKind.PERCENTAGE));
        assertEquals("20/20 (100%)", VietnameseFormat.total(ratio(20, 20, "100.00"), IndicatorKind.PERCENTAGE));
        assertEquals("1.440/900", VietnameseFormat.total(ratio(1440, 900, "1.6"), IndicatorKind.RATIO));
    }

    @Test
    void numbersQualifiersAndRanges() {
        assertEquals("71.000", VietnameseFormat.number(new BigDecimal("71000")));
        assertEquals("286,98", VietnameseFormat.number(new BigDecimal("286.98")));
        assertEquals("trên 228", VietnameseFormat.total(new RollupTotal(Qualifier.AT_LEAST, new BigDecimal("228"),
                new BigDecimal("228"), null, null, null, false, true), IndicatorKind.COUNT));
        assertEquals("225 – 230", VietnameseFormat.total(new RollupTotal(Qualifier.RANGE, null, new BigDecimal("225"),
                new BigDecimal("230"), null, null, false, false), IndicatorKind.COUNT));
        assertEquals("khoảng 1.500", VietnameseFormat.total(new RollupTotal(Qualifier.ABOUT, new BigDecimal("1500"),
                new BigDecimal("1500"), new BigDecimal("1500"), null, null, true, false), IndicatorKind.COUNT));
    }
}
