package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.RoundSnapshot;

@ApplicationScoped
public class RollupService {

    /**
     * Rolls every catalogue indicator up over the required units, for the whole city.
     *
     * @param values each unit's counted values, by unit code, as {@link #unitValues} lays them out
     */
    public RoundRollup rollup(RoundSnapshot round, Basis basis, List<String> required, Map<String, UnitValue[]> values) {
        List<IndicatorRollup> indicators = new ArrayList<>();
        List<IndicatorDefinition> catalogue = catalogue(round);
        Map<String, Integer> positions = positions(catalogue);
        for (IndicatorDefinition indicator : catalogue) {
            int at = positions.get(indicator.code());
            List<UnitValue> reported = new ArrayList<>();
            for (String code : required) {
                UnitValue[] row = values.get(code);
                if (row != null && row[at] != null) {
                    reported.add(row[at]);
                }
            }
            List<String> excluded = new ArrayList<>();
            RollupTotal total = RollupCalculator.total(indicator, reported, excluded);
            indicators.add(new IndicatorRollup(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
                    indicator.kind(), indicator.aggregation(), required.size(), reported.size(), total,
                    List.copyOf(reported), List.copyOf(excluded), null));
        }
        return new RoundRollup(round.roundId(), round.title(), basis, List.copyOf(indicators));
    }

    /**
     * One unit's values as a roll-up reads them: at the position of their code in the round's
     * catalogue ({@link #positions}), null where the unit gave none; the first value of a code
     * counts and codes outside the catalogue are dropped. Only this compact row is kept between
     * reads, so a national round's 200,000 values are held once.
     */
    public static UnitValue[] unitValues(Map<String, Integer> positions, UnitView unit, List<IndicatorValue> given) {
        UnitValue[] row = new UnitValue[positions.size()];
        for (IndicatorValue v : given) {
            Integer at = v.code() == null ? null : positions.get(v.code());
            if (at != null && row[at] == null) {
                row[at] = unitValue(unit, v);
            }
        }
        return row;
    }

    /** Each catalogue code's position among the round's distinct codes (a repeated code shares the first). */
    public static Map<String, Integer> positions(List<IndicatorDefinition> catalogue) {
        Map<String, Integer> positions = new HashMap<>();
        for (IndicatorDefinition indicator : catalogue) {
            positions.putIfAbsent(indicator.code(), positions.size());
        }
        return positions;
    }

    public static List<IndicatorDefinition> catalogue(RoundSnapshot round) {
        return round.indicators() == null ? List.of() : round.indicators();
    }

    /** What a unit officer sees of a city roll-up: only their own values, no city figures. */
    public static RoundRollup forUnit(RoundRollup city, String unitCode) {
        return new RoundRollup(city.roundId(), city.title(), city.basis(),
                city.indicators().stream().map(i -> forUnit(i, unitCode)).toList());
    }

    public static IndicatorRollup forUnit(IndicatorRollup city, String unitCode) {
        List<UnitValue> own = city.units().stream().filter(v -> v.unitCode().equals(unitCode)).toList();
        return new IndicatorRollup(city.code(), city.name(), city.unitOfMeasure(), city.kind(), city.rule(), 1,
                own.size(), null, own, city.excluded().stream().filter(unitCode::equals).toList(), null);
    }

    /** The city figures without each unit's values (a dashboard's poll). */
    public static RoundRollup totalsOnly(RoundRollup city) {
        return new RoundRollup(city.roundId(), city.title(), city.basis(), city.indicators().stream()
                .map(i -> new IndicatorRollup(i.code(), i.name(), i.unitOfMeasure(), i.kind(), i.rule(), i.required(),
                        i.reportedBy(), i.total(), null, i.excluded(), i.flags()))
                .toList());
    }

    private static UnitValue unitValue(UnitView unit, IndicatorValue v) {
        Qualifier q = v.qualifier() == null ? Qualifier.EXACT : v.qualifier();
        return new UnitValue(unit.code(), unit.displayName(), unit.type(), q, plain(v.value()), plain(v.min()),
                plain(v.max()), plain(v.numerator()), plain(v.denominator()), v.text(), v.note(), q == Qualifier.ABOUT,
                q == Qualifier.AT_LEAST);
    }

    /**
     * The shared codec's tree model turns 200 into {@code 2E+2}, which comes back as 200.0; the
     * value is the same number, written without trailing zeros or exponent.
     */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
