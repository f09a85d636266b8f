package vn.nq57.aggregation.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.contracts.events.RoundSnapshot;

@ApplicationScoped
public class TrendService {

    @Inject
    RoundRepository rounds;
    @Inject
    RollupCache rollups;

    /** Every round of the province whose catalogue has the indicator (and, for a unit, that requires it). */
    public Trend trend(String indicatorCode, String provinceCode, String unitCode, Basis basis) {
        List<TrendPoint> points = new ArrayList<>();
        for (RoundSnapshot round : rounds.ofProvince(provinceCode)) {
            if (round.indicators() == null) {
                continue;
            }
            if (unitCode != null && (round.requiredUnitCodes() == null
                    || !round.requiredUnitCodes().contains(unitCode))) {
                continue;
            }
            if (round.indicators().stream().noneMatch(i -> indicatorCode.equals(i.code()))) {
                continue;
            }
            IndicatorRollup city = rollups.cityRollup(round, basis).indicators().stream()
                    .filter(i -> indicatorCode.equals(i.code())).findFirst().orElseThrow();
            IndicatorRollup rollup = unitCode == null ? city : RollupService.forUnit(city, unitCode);
            points.add(new TrendPoint(round.roundId(), round.title(),
                    round.period() == null ? null : round.period().from(),
                    round.period() == null ? null : round.period().to(),
                    round.dueAt().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(), rollup.reportedBy(),
                    rollup.total(), unitCode == null || rollup.units().isEmpty() ? null : rollup.units().get(0)));
        }
        return new Trend(indicatorCode, provinceCode, unitCode, basis, points);
    }
}
