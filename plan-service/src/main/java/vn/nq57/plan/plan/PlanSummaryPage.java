package vn.nq57.plan.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of {@code Page<PlanSummary>}: an {@code @APIResponse} that carries an
 * example must name its schema, and an annotation cannot name a generic type. Documentation only.
 */
@Schema(name = "PlanSummaryPage", description = "One page of plans")
record PlanSummaryPage(List<PlanSummary> items, int page, int size, long total) {
}
