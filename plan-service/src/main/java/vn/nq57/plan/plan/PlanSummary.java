package vn.nq57.plan.plan;

import java.time.LocalDate;
import java.util.UUID;
import vn.nq57.contracts.events.PlanStatus;

/** A plan in lists: its current version without the document body. */
public record PlanSummary(UUID id, int versionNumber, PlanStatus status, String unitCode, String numberSymbol,
        LocalDate issuedOn, String title, Integer year, UUID parentPlanId) {

    static PlanSummary of(PlanVersion v) {
        return new PlanSummary(v.planId, v.versionNumber, v.status, v.unitCode, v.numberSymbol, v.issuedOn, v.title,
                v.year, v.parentPlanId);
    }
}
