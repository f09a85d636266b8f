package vn.nq57.aggregation.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.RoundSnapshot;

/** A round with its required units and their reports, read once for one answer. */
public record RoundContext(RoundSnapshot round, Map<String, UnitView> units, Map<String, ReportState> reports,
        Instant now) {

    public List<String> required() {
        return round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
    }
}
