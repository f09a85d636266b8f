package vn.nq57.aggregation.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;

/**
 * A round with its required units and their reports, read once for one answer.
 *
 * @param reports the workflow state of each unit's report, by unit code
 * @param counted the snapshot that counts on the answer's basis, by unit code; empty when the
 *                answer needs no snapshot (the status matrix)
 */
public record RoundContext(RoundSnapshot round, Map<String, UnitView> units, Map<String, ReportState> reports,
        Map<String, ReportSnapshot> counted, Instant now) {

    public List<String> required() {
        return round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
    }
}
