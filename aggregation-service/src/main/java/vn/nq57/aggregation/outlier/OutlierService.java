package vn.nq57.aggregation.outlier;

import vn.nq57.aggregation.rollup.OutlierFlag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.RollupCache;
import vn.nq57.aggregation.rollup.RoundRollup;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.round.StatusMatrix;
import vn.nq57.aggregation.round.StatusRow;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;

/**
 * Flags the values of a round that are far from the unit's peers of the same type or from its own
 * earlier rounds (same province, same indicator code), and 100% rates where peers are far lower.
 * Rules and thresholds: {@link OutlierScorer}.
 */
@ApplicationScoped
public class OutlierService {

    @Inject
    RoundRepository rounds;
    @Inject
    RollupCache rollups;

    /** The city roll-up with each indicator's flags. */
    public RoundRollup flagged(RoundSnapshot round, Basis basis, RoundRollup city) {
        Map<String, Map<String, List<Double>>> history = history(round, basis, city);
        return new RoundRollup(city.roundId(), city.title(), city.basis(), city.indicators().stream()
                .map(i -> i.withFlags(flags(i, history.getOrDefault(i.code(), Map.of())))).toList());
    }

    /** The matrix with each unit's number of flagged values. */
    public static StatusMatrix counted(StatusMatrix matrix, RoundRollup flagged) {
        return counted(matrix, counts(flagged));
    }

    /** The matrix with each unit's number of flagged values, as {@link #counts(RoundRollup)} answered them. */
    public static StatusMatrix counted(StatusMatrix matrix, Map<String, Integer> counts) {
        List<StatusRow> rows = matrix.units().stream()
                .map(r -> r.withFlagCount(counts.getOrDefault(r.unitCode(), 0))).toList();
        return matrix.withUnits(rows);
    }

    /** How many indicators of each unit carry at least one flag, by unit code. */
    public static Map<String, Integer> counts(RoundRollup flagged) {
        return flagged.indicators().stream().filter(i -> i.flags() != null)
                .flatMap(i -> i.flags().stream().map(OutlierFlag::unitCode).distinct())
                .collect(Collectors.toUnmodifiableMap(u -> u, u -> 1, Integer::sum));
    }

    static List<OutlierFlag> flags(IndicatorRollup indicator, Map<String, List<Double>> history) {
        if (indicator.kind() == IndicatorKind.TEXT || indicator.rule() == AggregationRule.NONE
                || indicator.units() == null) {
            return List.of();
        }
        Map<String, Double> points = new HashMap<>();
        Map<String, UnitType> types = new HashMap<>();
        for (UnitValue v : indicator.units()) {
            Double point = point(v, indicator.kind());
            if (point != null) {
                points.put(v.unitCode(), point);
                types.put(v.unitCode(), v.unitType());
            }
        }
        Map<UnitType, List<Double>> byType = new HashMap<>();
        points.forEach((unit, point) -> byType.computeIfAbsent(types.get(unit), t -> new ArrayList<>()).add(point));
        Map<UnitType, PeerGroup> groups = new HashMap<>();
        byType.forEach((type, values) -> groups.put(type, PeerGroup.of(values)));
        List<OutlierFlag> flags = new ArrayList<>();
        for (UnitValue v : indicator.units()) {
            Double x = points.get(v.unitCode());
            if (x == null) {
                continue;
            }
            PeerGroup.Others peers = groups.get(types.get(v.unitCode())).without(x);
            String typeLabel = VietnameseFormat.unitType(v.unitType()).toLowerCase();
            if (indicator.kind() == IndicatorKind.PERCENTAGE) {
                OutlierScorer.fullRatio(v.unitCode(), indicator.code(), x, peers).ifPresent(flags::add);
            }
            OutlierScorer.peers(v.unitCode(), indicator.code(), x, peers, typeLabel).ifPresent(flags::add);
            OutlierScorer.history(v.unitCode(), indicator.code(), x, history.getOrDefault(v.unitCode(), List.of()))
                    .ifPresent(flags::add);
        }
        return List.copyOf(flags);
    }

    /** One number for a value: the point, a range's middle, a ratio's quotient; null for text. */
    static Double point(UnitValue v, IndicatorKind kind) {
        if (v.numerator() != null && v.denominator() != null && v.denominator().signum() != 0) {
            double q = v.numerator().doubleValue() / v.denominator().doubleValue();
            return kind == IndicatorKind.PERCENTAGE ? q * 100 : q;
        }
        if (v.value() != null) {
            return v.value().doubleValue();
        }
        if (v.min() != null && v.max() != null) {
            return v.min().add(v.max()).divide(BigDecimal.valueOf(2)).doubleValue();
        }
        return null;
    }

    /** Per indicator code and unit, the unit's values in the province's earlier rounds, oldest first. */
    private Map<String, Map<String, List<Double>>> history(RoundSnapshot round, Basis basis, RoundRollup city) {
        Set<String> codes = city.indicators().stream().map(IndicatorRollup::code).collect(Collectors.toSet());
        Map<String, Map<String, List<Double>>> history = new HashMap<>();
        for (RoundSnapshot earlier : rounds.ofProvince(round.issuerUnitCode())) {
            if (!earlier.dueAt().toInstant().isBefore(round.dueAt().toInstant()) || earlier.indicators() == null
                    || earlier.indicators().stream().noneMatch(i -> codes.contains(i.code()))) {
                continue;
            }
            for (IndicatorRollup indicator : rollups.cityRollup(earlier, basis).indicators()) {
                if (!codes.contains(indicator.code())) {
                    continue;
                }
                for (UnitValue v : indicator.units()) {
                    Double point = point(v, indicator.kind());
                    if (point != null) {
                        history.computeIfAbsent(indicator.code(), k -> new HashMap<>())
                                .computeIfAbsent(v.unitCode(), k -> new ArrayList<>()).add(point);
                    }
                }
            }
        }
        return history;
    }
}
