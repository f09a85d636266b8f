package vn.nq57.aggregation.plan;

import java.time.LocalDate;
import java.util.UUID;
import vn.nq57.contracts.events.PlanStatus;

/** The local copy of a plan (Kế hoạch), latest revision of its {@code plan.*} events. */
public record PlanView(UUID planId, int versionNumber, PlanStatus status, String unitCode, String numberSymbol,
        String title, LocalDate issuedOn, UUID parentPlanId) {
}
