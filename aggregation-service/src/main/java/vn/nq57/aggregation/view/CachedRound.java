package vn.nq57.aggregation.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.round.ReportState;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.RoundSnapshot;

/**
 * What the polled reads of one round need, read once at one change number of its province: the
 * round, its units and report states, and (computed on first use, per basis) the city roll-up, the
 * flagged roll-up, its city totals, each unit's number of flagged values and the flagged roll-up
 * gzip-compressed.
 */
public final class CachedRound {

    /** The per-basis parts, each computed at most once; {@code totalsJson} is {@code totals} serialized. */
    record Rollups(RoundRollup city, RoundRollup flagged, RoundRollup totals, Map<String, Integer> flagCounts,
            SplicedJson totalsJson) {
    }

    private final long stamp;
    private final RoundSnapshot round;
    private final Map<String, UnitView> units;
    private final Map<String, ReportState> states;
    private final Map<Basis, RoundRollup> city = new EnumMap<>(Basis.class);
    private final Map<Basis, Rollups> rollups = new EnumMap<>(Basis.class);
    private final Map<Basis, byte[]> flaggedGzip = new EnumMap<>(Basis.class);
    private int matrixDeadlinesPassed = -1;
    private SplicedJson cityMatrix;

    CachedRound(long stamp, RoundSnapshot round, Map<String, UnitView> units, Map<String, ReportState> states) {
        this.stamp = stamp;
        this.round = round;
        this.units = units;
        this.states = states;
    }

    long stamp() {
        return stamp;
    }

    public RoundSnapshot round() {
        return round;
    }

    public Map<String, UnitView> units() {
        return units;
    }

    public Map<String, ReportState> states() {
        return states;
    }

    synchronized RoundRollup city(Basis basis, Function<Basis, RoundRollup> compute) {
        return city.computeIfAbsent(basis, compute);
    }

    synchronized Rollups rollups(Basis basis, Function<Basis, Rollups> compute) {
        return rollups.computeIfAbsent(basis, compute);
    }

    /** The flagged roll-up with each unit's values as one gzip member, serialized at most once per basis. */
    synchronized byte[] flaggedGzip(Basis basis, Function<Basis, byte[]> compute) {
        return flaggedGzip.computeIfAbsent(basis, compute);
    }

    /**
     * The city's matrix serialized with a hole for {@code asOf}; rendered again only when another
     * deadline of the round (its own or a reopened unit's) has passed since, as statuses turn OVERDUE.
     */
    synchronized SplicedJson cityMatrix(int deadlinesPassed, IntFunction<SplicedJson> render) {
        if (cityMatrix == null || matrixDeadlinesPassed != deadlinesPassed) {
            cityMatrix = render.apply(deadlinesPassed);
            matrixDeadlinesPassed = deadlinesPassed;
        }
        return cityMatrix;
    }

    /** Roughly how many unit values the entry holds: required units × (indicators + 1). */
    int weight() {
        int required = round.requiredUnitCodes() == null ? 0 : round.requiredUnitCodes().size();
        List<?> indicators = round.indicators() == null ? List.of() : round.indicators();
        return required * (indicators.size() + 1);
    }
}
