package vn.nq57.plan.unit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of {@code Page<UnitView>}: an {@code @APIResponse} that carries an
 * example must name its schema, and an annotation cannot name a generic type. Documentation only.
 */
@Schema(name = "UnitViewPage", description = "One page of units")
record UnitViewPage(List<UnitView> items, int page, int size, long total) {
}
