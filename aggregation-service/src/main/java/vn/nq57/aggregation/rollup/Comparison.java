package vn.nq57.aggregation.rollup;

import java.util.List;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.UnitType;

/**
 * A round's indicators by unit type and per unit, beside the previous round: for each indicator the
 * latest earlier round of the same province whose catalogue has the same code.
 */
public record Comparison(UUID roundId, Basis basis, List<IndicatorComparison> indicators) {

    /** One indicator; previousRoundId null when no earlier round has it. */
    public record IndicatorComparison(String code, String name, String unitOfMeasure, IndicatorKind kind,
            UUID previousRoundId, String previousRoundTitle, List<TypeTotal> byUnitType, List<UnitComparison> units) {
    }

    /** The city figure over the units of one type (xã, phường, đặc khu), now and in the previous round. */
    public record TypeTotal(UnitType unitType, int required, int reportedBy, RollupTotal total, int previousReportedBy,
            RollupTotal previousTotal) {
    }

    /** One required unit's value now and in the previous round (null when it reported none). */
    public record UnitComparison(String unitCode, String unitName, UnitType unitType, UnitValue current,
            UnitValue previous) {
    }
}
