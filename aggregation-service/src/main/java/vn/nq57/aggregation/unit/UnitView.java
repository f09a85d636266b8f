package vn.nq57.aggregation.unit;

import vn.nq57.contracts.events.UnitType;

/** The local copy of an administrative unit (đơn vị hành chính), built from {@code unit.upserted}. */
public record UnitView(String code, String name, String fullName, UnitType type, String parentCode, boolean active) {

    /** A unit that is required by a round but whose {@code unit.upserted} has not arrived (yet). */
    public static UnitView unknown(String code) {
        return new UnitView(code, code, code, null, null, true);
    }

    public String displayName() {
        return fullName != null && !fullName.isBlank() ? fullName : name;
    }
}
