package vn.nq57.contracts.events;

import java.math.BigDecimal;

/**
 * One entry of a round's indicator catalogue.
 *
 * @param code          stable code, e.g. {@code RADIO_BROADCASTS}
 * @param name          Vietnamese name shown to users
 * @param unitOfMeasure e.g. "buổi", "tin bài", "%"
 * @param min           lowest accepted value, null for none
 * @param max           highest accepted value, null for none
 */
public record IndicatorDefinition(
        String code,
        String name,
        String unitOfMeasure,
        IndicatorKind kind,
        AggregationRule aggregation,
        BigDecimal min,
        BigDecimal max) {
}
