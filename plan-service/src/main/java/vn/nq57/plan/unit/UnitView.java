package vn.nq57.plan.unit;

import java.util.List;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.events.UnitType;

/** An administrative unit as the API shows it, with its facts (population, area, villages...). */
public record UnitView(String code, String name, String fullName, UnitType type, String parentCode,
        List<String> offices, boolean active, long revision, List<UnitFact> facts) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.fullName, unit.type, unit.parentCode, unit.offices(),
                unit.active, unit.revision, unit.facts());
    }
}
