package vn.nq57.aggregation.export;

import java.util.List;
import vn.nq57.aggregation.notes.NotesView;
import vn.nq57.aggregation.rollup.Comparison;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.round.StatusMatrix;
import vn.nq57.contracts.events.RoundSnapshot;

/** Everything one export of a round shows, computed once. */
public record ExportData(RoundSnapshot round, StatusMatrix matrix, RoundRollup rollup, NotesView notes,
        Comparison comparison) {

    public List<String> unitCodes() {
        return matrix.units().stream().map(r -> r.unitCode()).toList();
    }
}
