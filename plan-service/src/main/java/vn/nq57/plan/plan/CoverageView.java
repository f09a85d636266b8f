package vn.nq57.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.plan.unit.Unit;

/**
 * Which commune-level units of the city have issued a plan implementing a city plan.
 *
 * @param issuedCount   units with an issued implementing plan (a later amendment, closing or superseding still counts)
 * @param draftingCount units without an issued one but with a draft
 */
public record CoverageView(UUID planId, String numberSymbol, String unitCode, int totalUnits, int issuedCount,
        int notIssuedCount, int draftingCount, List<Issued> issued, List<NotIssued> notIssued) {

    /** A unit that has issued its implementing plan. */
    public record Issued(String unitCode, String unitName, UUID planId, String numberSymbol, LocalDate issuedOn) {
    }

    /** A unit that has not; {@code draftPlanId} when it is drafting one. */
    public record NotIssued(String unitCode, String unitName, UUID draftPlanId) {
    }

    /**
     * The coverage rule, owned here alone: a unit counts once it has issued a plan naming the city plan as
     * parent (amended, superseded or closed later, it still counts; the latest issue date wins); a unit with
     * only a draft is drafting; the others have none.
     */
    static CoverageView of(PlanVersion plan, List<Unit> communes, List<PlanVersion> implementing) {
        Map<String, PlanVersion> issued = new HashMap<>();
        Map<String, PlanVersion> drafts = new HashMap<>();
        for (PlanVersion v : implementing) {
            if (v.status == PlanStatus.DRAFT) {
                drafts.putIfAbsent(v.unitCode, v);
            } else {
                issued.merge(v.unitCode, v, (a, b) -> a.issuedOn != null && b.issuedOn != null
                        && b.issuedOn.isAfter(a.issuedOn) ? b : a);
            }
        }
        Map<String, Unit> byCode = new LinkedHashMap<>();
        communes.forEach(u -> byCode.put(u.code, u));
        List<CoverageView.Issued> done = new ArrayList<>();
        List<CoverageView.NotIssued> missing = new ArrayList<>();
        int drafting = 0;
        for (Unit u : byCode.values()) {
            PlanVersion v = issued.get(u.code);
            if (v != null) {
                done.add(new CoverageView.Issued(u.code, u.fullName, v.planId, v.numberSymbol, v.issuedOn));
            } else {
                PlanVersion draft = drafts.get(u.code);
                if (draft != null) {
                    drafting++;
                }
                missing.add(new CoverageView.NotIssued(u.code, u.fullName, draft == null ? null : draft.planId));
            }
        }
        return new CoverageView(plan.planId, plan.numberSymbol, plan.unitCode, byCode.size(), done.size(),
                missing.size(), drafting, done, missing);
    }
}
