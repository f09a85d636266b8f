package vn.nq57.aggregation.coverage;

/**
 * Plan coverage as the report shows it: plan-service's answer, or why there is none.
 *
 * @param coverage    null when there is no answer
 * @param unavailable why not (no city plan for the round, plan-service unreachable, refused, too slow)
 */
public record CoverageAnswer(PlanCoverage coverage, String unavailable) {

    public static CoverageAnswer of(PlanCoverage coverage) {
        return new CoverageAnswer(coverage, null);
    }

    public static CoverageAnswer unavailable(String why) {
        return new CoverageAnswer(null, why);
    }
}
