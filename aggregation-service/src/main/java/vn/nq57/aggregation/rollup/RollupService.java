package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
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
     * @param values each unit's counted values, by unit code and then by indicator code
     */
    public RoundRollup rollup(RoundSnapshot round, Basis basis, List<String> required, Map<String, UnitView> units,
            Map<String, Map<String, IndicatorValue>> values) {
        List<IndicatorRollup> indicators = new ArrayList<>();
        List<IndicatorDefinition> catalogue = round.indicators() == null ? List.of() : round.indicators();
        for (IndicatorDefinition indicator : catalogue) {
            List<UnitValue> reported = new ArrayList<>();
            for (String code : required) {
                Map<String, IndicatorValue> unitValues = values.get(code);
                IndicatorValue v = unitValues == null ? null : unitValues.get(indicator.code());
                if (v != null) {
                    reported.add(unitValue(units.get(code), v));
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
