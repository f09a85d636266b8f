package vn.nq57.aggregation.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.problem.ProblemException;

@ApplicationScoped
public class PlanCoverageService {

    @Inject
    PlanRepository plans;
    @Inject
    UnitRepository units;

    public PlanView plan(UUID planId) {
        return plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
    }

    /**
     * Coverage of a city plan. A unit counts once it has issued a plan naming it as parent; a plan
     * later amended, superseded or closed still counts, a draft does not (drafts are not published).
     */
    public PlanCoverage coverage(PlanView cityPlan) {
        Map<String, PlanView> byUnit = plans.implementing(cityPlan.planId()).stream()
                .filter(p -> p.status() != PlanStatus.DRAFT)
                .sorted(Comparator.comparing((PlanView p) -> p.status() == PlanStatus.ISSUED ? 0 : 1))
                .collect(Collectors.toMap(PlanView::unitCode, Function.identity(), (a, b) -> a));
        List<PlanCoverage.UnitCoverage> rows = new ArrayList<>();
        for (UnitView unit : units.activeChildren(cityPlan.unitCode())) {
            PlanView plan = byUnit.get(unit.code());
            rows.add(new PlanCoverage.UnitCoverage(unit.code(), unit.displayName(), unit.type(), plan != null,
                    plan == null ? null : plan.planId(), plan == null ? null : plan.numberSymbol(),
                    plan == null ? null : plan.issuedOn(), plan == null ? null : plan.status()));
        }
        int covered = (int) rows.stream().filter(PlanCoverage.UnitCoverage::issued).count();
        BigDecimal pct = rows.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        return new PlanCoverage(cityPlan.planId(), cityPlan.numberSymbol(), cityPlan.title(), cityPlan.unitCode(),
                rows.size(), covered, pct, rows);
    }
}
