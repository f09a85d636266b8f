package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.common.Zones;
import vn.nq57.aggregation.round.RoundContext;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.round.RoundService;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.RoundSnapshot;

@ApplicationScoped
public class TrendService {

    @Inject
    RoundRepository rounds;
    @Inject
    RoundService roundService;
    @Inject
    RollupService rollups;

    /** Every round of the province whose catalogue has the indicator (and, for a unit, that requires it). */
    public Trend trend(String indicatorCode, String provinceCode, String unitCode, Basis basis) {
        List<TrendPoint> points = new ArrayList<>();
        for (RoundSnapshot round : rounds.all()) {
            if (!provinceCode.equals(round.issuerUnitCode()) || round.indicators() == null) {
                continue;
            }
            if (unitCode != null && (round.requiredUnitCodes() == null
                    || !round.requiredUnitCodes().contains(unitCode))) {
                continue;
            }
            IndicatorDefinition indicator = round.indicators().stream()
                    .filter(i -> indicatorCode.equals(i.code())).findFirst().orElse(null);
            if (indicator == null) {
                continue;
            }
            RoundContext ctx = roundService.context(round);
            IndicatorRollup rollup = rollups.indicator(ctx, basis, indicator, unitCode);
            points.add(new TrendPoint(round.roundId(), round.title(),
                    round.period() == null ? null : round.period().from(),
                    round.period() == null ? null : round.period().to(),
                    round.dueAt().atZoneSameInstant(Zones.VIETNAM).toOffsetDateTime(), rollup.reportedBy(),
                    rollup.total(), unitCode == null || rollup.units().isEmpty() ? null : rollup.units().get(0)));
        }
        return new Trend(indicatorCode, provinceCode, unitCode, basis, points);
    }
}
