package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.rollup.Comparison.IndicatorComparison;
import vn.nq57.aggregation.rollup.Comparison.TypeTotal;
import vn.nq57.aggregation.rollup.Comparison.UnitComparison;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;

@ApplicationScoped
public class ComparisonService {

    static final List<UnitType> TYPES = List.of(UnitType.XA, UnitType.PHUONG, UnitType.DAC_KHU);

    @Inject
    RoundRepository rounds;
    @Inject
    UnitRepository units;
    @Inject
    RollupCache rollups;

    public Comparison compare(RoundSnapshot round, Basis basis) {
        RoundRollup current = rollups.cityRollup(round, basis);
        List<RoundSnapshot> earlier = rounds.ofProvince(round.issuerUnitCode()).stream()
                .filter(r -> r.dueAt().toInstant().isBefore(round.dueAt().toInstant())).toList();
        List<String> required = round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
        Map<String, UnitView> unitViews = units.byCodes(required);
        List<IndicatorComparison> indicators = new ArrayList<>();
        for (IndicatorRollup indicator : current.indicators()) {
            IndicatorDefinition definition = round.indicators().stream()
                    .filter(d -> d.code().equals(indicator.code())).findFirst().orElseThrow();
            RoundSnapshot previousRound = latestWith(earlier, indicator.code());
            IndicatorRollup previous = previousRound == null ? null : rollups.cityRollup(previousRound, basis)
                    .indicators().stream().filter(i -> i.code().equals(indicator.code())).findFirst().orElse(null);
            indicators.add(new IndicatorComparison(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
                    indicator.kind(), previousRound == null ? null : previousRound.roundId(),
                    previousRound == null ? null : previousRound.title(),
                    byType(definition, indicator, previous, required, unitViews),
                    perUnit(indicator, previous, required, unitViews)));
        }
        return new Comparison(round.roundId(), basis, indicators);
    }

    /** The indicator's city figure per unit type, as {@link RollupCalculator} computes the whole city's. */
    public static List<TypeTotal> byType(IndicatorDefinition definition, IndicatorRollup current,
            IndicatorRollup previous, List<String> required, Map<String, UnitView> unitViews) {
        List<TypeTotal> totals = new ArrayList<>();
        for (UnitType type : TYPES) {
            int count = (int) required.stream().map(unitViews::get)
                    .filter(u -> u != null && u.type() == type).count();
            if (count == 0) {
                continue;
            }
            List<UnitValue> now = ofType(current, type);
            List<UnitValue> before = previous == null ? List.of() : ofType(previous, type);
            totals.add(new TypeTotal(type, count, now.size(), RollupCalculator.total(definition, now, new ArrayList<>()),
                    before.size(), before.isEmpty() ? null
                            : RollupCalculator.total(definition, before, new ArrayList<>())));
        }
        return totals;
    }

    private static List<UnitValue> ofType(IndicatorRollup rollup, UnitType type) {
        return rollup.units() == null ? List.of() : rollup.units().stream().filter(v -> v.unitType() == type).toList();
    }

    private static List<UnitComparison> perUnit(IndicatorRollup current, IndicatorRollup previous, List<String> required,
            Map<String, UnitView> unitViews) {
        Map<String, UnitValue> now = current.units().stream()
                .collect(Collectors.toMap(UnitValue::unitCode, Function.identity(), (a, b) -> a));
        Map<String, UnitValue> before = previous == null ? Map.of() : previous.units().stream()
                .collect(Collectors.toMap(UnitValue::unitCode, Function.identity(), (a, b) -> a));
        return required.stream().map(code -> {
            UnitView unit = unitViews.get(code);
            return new UnitComparison(code, unit == null ? code : unit.displayName(), unit == null ? null : unit.type(),
                    now.get(code), before.get(code));
        }).filter(Objects::nonNull).toList();
    }

    private static RoundSnapshot latestWith(List<RoundSnapshot> earlier, String code) {
        RoundSnapshot latest = null;
        for (RoundSnapshot r : earlier) {
            if (r.indicators() != null && r.indicators().stream().anyMatch(i -> code.equals(i.code()))) {
                latest = r;
            }
        }
        return latest;
    }
}
