package vn.nq57.contracts.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.validation.Quantity;

/**
 * What a plan asks of an indicator (chỉ tiêu), e.g. "tối thiểu 02 đợt/năm" = AT_LEAST 2 per YEAR,
 * "100% cán bộ" = EXACT 100.
 *
 * @param qualifier EXACT (reach exactly, e.g. 100%), AT_LEAST ("tối thiểu", "ít nhất") or ABOUT
 * @param per       the period it counts over: YEAR, QUARTER, MONTH or ROUND (one reporting round); null for
 *                  a level to hold (a percentage)
 * @param text      the target as the plan words it
 */
public record IndicatorTarget(
        @NotNull Qualifier qualifier,
        @NotNull @Quantity BigDecimal value,
        @Pattern(regexp = "YEAR|QUARTER|MONTH|ROUND", message = "must be YEAR, QUARTER, MONTH or ROUND") String per,
        @Size(max = 500) @PlainText String text) {
}
