package vn.nq57.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
}
