package vn.nq57.contracts.events;

import java.math.BigDecimal;

/**
 * A reported value of one catalogue indicator. Which fields are set depends on the qualifier:
 * {@code value} for EXACT, AT_LEAST and ABOUT; {@code min}/{@code max} for RANGE;
 * {@code numerator}/{@code denominator} for RATIO; {@code text} for TEXT indicators.
 */
public record IndicatorValue(
        String code,
        Qualifier qualifier,
        BigDecimal value,
        BigDecimal min,
        BigDecimal max,
        BigDecimal numerator,
        BigDecimal denominator,
        String text,
        String note) {
}
