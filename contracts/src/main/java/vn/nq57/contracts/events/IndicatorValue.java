package vn.nq57.contracts.events;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.validation.Quantity;

/**
 * A reported value of one catalogue indicator. Which fields are set depends on the qualifier:
 * {@code value} for EXACT, AT_LEAST and ABOUT; {@code min}/{@code max} for RANGE;
 * {@code numerator}/{@code denominator} for RATIO; {@code text} for TEXT indicators.
 *
 * @param atLeast with RANGE only: the range is itself a lower bound, as in "hơn 560–900" (more than somewhere
 *                between 560 and 900); null or false otherwise
 */
public record IndicatorValue(
        @Size(max = 64) @PlainText String code,
        Qualifier qualifier,
        @Quantity BigDecimal value,
        @Quantity BigDecimal min,
        @Quantity BigDecimal max,
        @Quantity BigDecimal numerator,
        @Quantity BigDecimal denominator,
        @Size(max = 4000) @PlainText String text,
        @Size(max = 1000) @PlainText String note,
        Boolean atLeast) {

    /** A value without the {@code atLeast} mark (the shape before it existed). */
    public IndicatorValue(String code, Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
            BigDecimal numerator, BigDecimal denominator, String text, String note) {
        this(code, qualifier, value, min, max, numerator, denominator, text, note, null);
    }
}
