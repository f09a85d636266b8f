package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.round.ReportState;
import vn.nq57.aggregation.round.RoundContext;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.ReportSnapshot;

@ApplicationScoped
public class RollupService {

    /** The version of a unit's report that counts on this basis, or null. */
    public static ReportSnapshot counted(ReportState state, Basis basis) {
        if (state == null) {
            return null;
        }
        return basis == Basis.ACCEPTED ? state.accepted() : state.submitted();
    }

    /**
     * Rolls every catalogue indicator up over the required units.
     *
     * @param onlyUnit when set, only that unit's values and no city figures
     */
    public RoundRollup rollup(RoundContext ctx, Basis basis, String onlyUnit) {
        List<IndicatorRollup> indicators = new ArrayList<>();
        List<IndicatorDefinition> catalogue = ctx.round().indicators() == null ? List.of() : ctx.round().indicators();
        for (IndicatorDefinition indicator : catalogue) {
            indicators.add(indicator(ctx, basis, indicator, onlyUnit));
        }
        return new RoundRollup(ctx.round().roundId(), ctx.round().title(), basis, indicators);
    }

    public IndicatorRollup indicator(RoundContext ctx, Basis basis, IndicatorDefinition indicator, String onlyUnit) {
        List<UnitValue> values = new ArrayList<>();
        for (String code : ctx.required()) {
            ReportSnapshot report = counted(ctx.reports().get(code), basis);
            if (report == null || report.indicators() == null) {
                continue;
            }
            UnitView unit = ctx.units().get(code);
            report.indicators().stream().filter(v -> indicator.code().equals(v.code())).findFirst()
                    .ifPresent(v -> values.add(unitValue(unit, v)));
        }
        List<String> excluded = new ArrayList<>();
        RollupTotal total = RollupCalculator.total(indicator, values, excluded);
        if (onlyUnit != null) {
            List<UnitValue> own = values.stream().filter(v -> v.unitCode().equals(onlyUnit)).toList();
            return new IndicatorRollup(indicator.code(), indicator.name(), indicator.unitOfMeasure(), indicator.kind(),
                    indicator.aggregation(), 1, own.size(), null, own,
                    excluded.stream().filter(onlyUnit::equals).toList());
        }
        return new IndicatorRollup(indicator.code(), indicator.name(), indicator.unitOfMeasure(), indicator.kind(),
                indicator.aggregation(), ctx.required().size(), values.size(), total, values, excluded);
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
