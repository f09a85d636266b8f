package vn.nq57.aggregation.rollup;

import java.util.List;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorKind;

/**
 * One catalogue indicator rolled up over the required units.
 *
 * @param reportedBy how many units reported a value for it
 * @param units      each unit's value; null when the caller asked for the city figures only
 * @param total      the city figure; null for text indicators, when nobody reported it, and for unit officers
 * @param excluded   units whose value cannot enter the rule (e.g. a bare percentage under RATIO_OF_SUMS)
 * @param flags      outlier flags of the units' values (city callers only; never blocking); null when not computed
 */
public record IndicatorRollup(String code, String name, String unitOfMeasure, IndicatorKind kind,
        AggregationRule rule, int required, int reportedBy, RollupTotal total, List<UnitValue> units,
        List<String> excluded, List<OutlierFlag> flags) {

    public IndicatorRollup withFlags(List<OutlierFlag> outliers) {
        return new IndicatorRollup(code, name, unitOfMeasure, kind, rule, required, reportedBy, total, units, excluded,
                outliers);
    }
}
