package vn.nq57.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of the {@code plan.*} events: one plan (Kế hoạch) as it is after the change.
 *
 * @param planId            stable id of the plan across its versions
 * @param versionNumber     1 for the first issue, +1 for every amendment
 * @param replacesVersion   the version an amendment replaces, null otherwise
 * @param unitCode          the issuing unit
 * @param numberSymbol      e.g. {@code 48/KH-UBND}
 * @param parentPlanId      the city plan this unit plan implements, null for a top-level plan
 * @param supersededByPlanId set on {@code plan.superseded}
 * @param revision          grows with every event of this plan
 */
public record PlanSnapshot(
        UUID planId,
        int versionNumber,
        Integer replacesVersion,
        PlanStatus status,
        String unitCode,
        String numberSymbol,
        String title,
        LocalDate issuedOn,
        Integer year,
        UUID parentPlanId,
        UUID supersededByPlanId,
        long revision) {
}
