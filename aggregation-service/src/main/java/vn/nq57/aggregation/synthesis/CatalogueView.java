package vn.nq57.aggregation.synthesis;

import java.time.OffsetDateTime;

/**
 * A catalogue as it applies to a scope.
 *
 * @param scope  the province code, or DEFAULT
 * @param source where it comes from: PROVINCE (edited for the province), DEFAULT (the platform
 *               default an operator edited) or BUILT_IN (shipped with the service)
 */
public record CatalogueView<T>(String scope, String source, OffsetDateTime updatedAt, String updatedBy, T catalogue) {
}
