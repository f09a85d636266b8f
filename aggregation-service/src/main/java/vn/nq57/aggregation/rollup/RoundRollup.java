package vn.nq57.aggregation.rollup;

import java.util.List;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;

/** Every catalogue indicator of a round, rolled up on one basis. */
public record RoundRollup(UUID roundId, String title, Basis basis, List<IndicatorRollup> indicators) {
}
