package vn.nq57.contracts.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.validation.Quantity;

/**
 * One entry of a round's indicator catalogue.
 *
 * @param code          stable code, e.g. {@code RADIO_BROADCASTS}
 * @param name          Vietnamese name shown to users
 * @param unitOfMeasure e.g. "buổi", "tin bài", "%"
 * @param min           lowest accepted value, null for none
 * @param max           highest accepted value, null for none
 * @param target        what the plan asks ("tối thiểu 02 đợt/năm"), null for none
 */
public record IndicatorDefinition(
        @Size(max = 64) @PlainText String code,
        @Size(max = 500) @PlainText String name,
        @Size(max = 50) @PlainText String unitOfMeasure,
        IndicatorKind kind,
        AggregationRule aggregation,
        @Quantity BigDecimal min,
        @Quantity BigDecimal max,
        @Valid IndicatorTarget target) {

    /** A definition without a target (the shape before {@code target} existed). */
    public IndicatorDefinition(String code, String name, String unitOfMeasure, IndicatorKind kind,
            AggregationRule aggregation, BigDecimal min, BigDecimal max) {
        this(code, name, unitOfMeasure, kind, aggregation, min, max, null);
    }
}
