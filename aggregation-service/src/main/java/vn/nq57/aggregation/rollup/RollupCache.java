package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.round.ReportRepository;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.RoundSnapshot;

/**
 * City roll-ups of the rounds read lately, kept per replica and checked against the database on
 * every read, so an answer is never older than the read models. Each unit's values are parsed
 * once per change: a read lists the change number of every report row of the round and re-reads
 * (only the {@code indicators} of) the rows whose number moved; a new roll-up is computed only
 * when a report, the round or a unit changed.
 */
@ApplicationScoped
public class RollupCache {

    /** Unit values held at most, over all entries (about 3 national rounds of 3,321 units × 60). */
    static final int MAX_VALUES = 600_000;

    @Inject
    ReportRepository reports;
    @Inject
    RoundRepository rounds;
    @Inject
    UnitRepository units;
    @Inject
    RollupService rollups;

    private record Key(UUID roundId, Basis basis) {
    }

    /** The required units' values and the roll-up computed from them, with what they were computed from. */
    private static final class Entry {
        long roundRevision = -1;
        long unitStamp = -1;
        final Map<String, Long> seqs = new HashMap<>();
        final Map<String, UnitValue[]> values = new HashMap<>();
        RoundRollup rollup;

        int weight() {
            return values.values().stream().mapToInt(row -> row.length).sum();
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    /** The city roll-up of a round on a basis, as the read models hold it now. */
    public RoundRollup cityRollup(RoundSnapshot round, Basis basis) {
        Key key = new Key(round.roundId(), basis);
        Entry entry = take(key);
        // Stamps first: a change committed after this point makes the next read recompute.
        long roundRevision = rounds.revision(round.roundId());
        long unitStamp = units.changeStamp();
        Map<String, Long> seqs = reports.changes(round.roundId());
        List<String> changed = new ArrayList<>();
        seqs.forEach((unit, seq) -> {
            if (!seq.equals(entry.seqs.get(unit))) {
                changed.add(unit);
            }
        });
        boolean stale = entry.rollup == null || !changed.isEmpty() || entry.roundRevision != round.revision()
                || entry.unitStamp != unitStamp || !entry.seqs.keySet().equals(seqs.keySet());
        if (stale) {
            boolean rereadAll = entry.roundRevision != round.revision() || entry.unitStamp != unitStamp;
            refresh(entry, round, basis, rereadAll ? seqs.keySet() : changed, seqs);
            entry.unitStamp = unitStamp;
            entry.roundRevision = round.revision();
        }
        RoundRollup result = entry.rollup;
        if (roundRevision == round.revision()) {
            keep(key, entry);
        }
        return result;
    }

    private synchronized Entry take(Key key) {
        Entry entry = entries.remove(key);
        return entry == null ? new Entry() : entry;
    }

    /**
     * Re-reads the values of {@code changed} units: all of them when the catalogue, the required
     * units or a unit's name may have changed (the kept rows hold names and catalogue positions).
     */
    private void refresh(Entry entry, RoundSnapshot round, Basis basis, Collection<String> changed,
            Map<String, Long> seqs) {
        entry.seqs.keySet().retainAll(seqs.keySet());
        entry.values.keySet().retainAll(seqs.keySet());
        List<String> required = round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
        if (!changed.isEmpty()) {
            Map<String, UnitView> requiredUnits = units.byCodes(required);
            Map<String, Integer> positions = RollupService.positions(RollupService.catalogue(round));
            reports.values(round.roundId(), basis, changed).forEach((unit, list) -> {
                UnitView view = requiredUnits.get(unit);
                if (view == null) {
                    entry.values.remove(unit);
                } else {
                    entry.values.put(unit, RollupService.unitValues(positions, view, list));
                }
            });
            changed.forEach(unit -> entry.seqs.put(unit, seqs.get(unit)));
        }
        entry.rollup = rollups.rollup(round, basis, required, entry.values);
    }

    private synchronized void keep(Key key, Entry entry) {
        entries.put(key, entry);
        int total = entries.values().stream().mapToInt(Entry::weight).sum();
        var eldest = entries.entrySet().iterator();
        while (total > MAX_VALUES && eldest.hasNext()) {
            var e = eldest.next();
            if (!Objects.equals(e.getKey(), key)) {
                total -= e.getValue().weight();
                eldest.remove();
            }
        }
    }
}
