package vn.nq57.aggregation.coverage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * plan-service's answer to {@code GET /api/v1/plans/{id}/coverage}: which commune-level units have issued
 * their own plan implementing the city plan. The rule is plan-service's; this is only its answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanCoverage(UUID planId, String numberSymbol, String unitCode, int totalUnits, int issuedCount,
        int notIssuedCount, int draftingCount, List<Issued> issued, List<NotIssued> notIssued) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issued(String unitCode, String unitName, UUID planId, String numberSymbol, LocalDate issuedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotIssued(String unitCode, String unitName, UUID draftPlanId) {
    }
}
