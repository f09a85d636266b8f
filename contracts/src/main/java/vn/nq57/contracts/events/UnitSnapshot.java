package vn.nq57.contracts.events;

import java.util.List;

/**
 * Payload of {@code unit.upserted}: an administrative unit (đơn vị hành chính) as it is now.
 *
 * @param code       national code (Decision 19/2025/QĐ-TTg): 2 digits for a province, 5 for a commune
 * @param parentCode the province code for a commune-level unit, null for a province
 * @param offices    the unit's internal offices (Phòng Văn hóa - Xã hội, Văn phòng HĐND-UBND, ...)
 * @param active     false once the unit is dissolved or merged
 * @param revision   grows with every change of this unit
 * @param facts      population, area, villages... as the unit's documents give them; null from producers
 *                   before the field existed (read it as none)
 */
public record UnitSnapshot(
        String code,
        String name,
        String fullName,
        UnitType type,
        String parentCode,
        List<String> offices,
        boolean active,
        long revision,
        List<UnitFact> facts) {

    /** A unit without facts (the shape before {@code facts} existed). */
    public UnitSnapshot(String code, String name, String fullName, UnitType type, String parentCode, List<String> offices,
            boolean active, long revision) {
        this(code, name, fullName, type, parentCode, offices, active, revision, null);
    }
}
