package vn.nq57.aggregation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.events.UnitType;

/**
 * Which units of the city have issued a plan implementing a city plan.
 *
 * @param units    every active commune-level unit of the issuing city, with its implementing plan if any
 * @param coverage percentage of those units that have issued one
 */
public record PlanCoverage(UUID planId, String numberSymbol, String title, String provinceCode, int unitCount,
        int covered, BigDecimal coverage, List<UnitCoverage> units) {

    /** A unit and its implementing plan (null fields when it has none). */
    public record UnitCoverage(String unitCode, String unitName, UnitType unitType, boolean issued, UUID planId,
            String numberSymbol, LocalDate issuedOn, PlanStatus status) {
    }
}
