package vn.nq57.plan.plan;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    public Uni<PlanVersion> latest(UUID planId) {
        return find("planId = ?1 and latest = true", planId).firstResult();
    }

    public Uni<PlanVersion> version(UUID planId, int versionNumber) {
        return find("planId = ?1 and versionNumber = ?2", planId, versionNumber).firstResult();
    }

    public Uni<List<PlanVersion>> versions(UUID planId) {
        return list("planId = ?1 order by versionNumber", planId);
    }

    public Uni<Boolean> numberTaken(String unitCode, String numberSymbol, int year, UUID exceptVersionId) {
        return count("unitCode = ?1 and numberSymbol = ?2 and issueYear = ?3 and id <> ?4",
                unitCode, numberSymbol, year, exceptVersionId).map(n -> n > 0);
    }

    /** Every version of every plan that names this plan as the one it implements. */
    public Uni<List<PlanVersion>> implementing(UUID parentPlanId) {
        return list("parentPlanId = ?1 order by unitCode, versionNumber", parentPlanId);
    }
}
