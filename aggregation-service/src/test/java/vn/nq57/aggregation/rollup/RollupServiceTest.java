package vn.nq57.aggregation.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;

/** A national-size round (3,321 units × 60 indicators) rolled up in memory: the figures, not the time. */
class RollupServiceTest {

    static final int UNITS = 3_321;
    static final int INDICATORS = 60;

    @Test
    void aNationalRoundRollsUpEveryIndicatorOverEveryUnit() {
        List<String> required = new ArrayList<>();
        Map<String, UnitValue[]> values = new HashMap<>();
        List<IndicatorDefinition> catalogue = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            catalogue.add(new IndicatorDefinition("I" + i, "Chỉ tiêu " + i, "lượt", IndicatorKind.COUNT,
                    AggregationRule.SUM, null, null));
        }
        Map<String, Integer> positions = RollupService.positions(catalogue);
        for (int u = 0; u < UNITS; u++) {
            String code = String.format("%05d", u);
            required.add(code);
            UnitView unit = new UnitView(code, "Xã " + u, null, UnitType.XA, "31", true);
            if (u % 3 == 0) {
                continue; // a third of the units has not submitted yet
            }
            List<IndicatorValue> given = new ArrayList<>();
            for (int i = INDICATORS - 1; i >= 0; i--) {
                given.add(new IndicatorValue("I" + i, Qualifier.EXACT, BigDecimal.valueOf(i), null, null,
                        null, null, null, null));
            }
            given.add(new IndicatorValue("I7", Qualifier.EXACT, BigDecimal.valueOf(1000), null, null, null, null,
                    null, null)); // a repeated code: the first value counts
            given.add(new IndicatorValue("NGOAI", Qualifier.EXACT, BigDecimal.ONE, null, null, null, null, null,
                    null)); // outside the catalogue: dropped
            values.put(code, RollupService.unitValues(positions, unit, given));
        }
        RoundSnapshot round = new RoundSnapshot(UUID.randomUUID(), null, "Toàn quốc", "31", null, null, null,
                OffsetDateTime.parse("2025-12-03T17:00:00+07:00"), null, 3, required, catalogue, 1);

        RoundRollup city = new RollupService().rollup(round, Basis.LATEST_SUBMITTED, required, values);

        int reporting = UNITS - (UNITS + 2) / 3;
        assertEquals(INDICATORS, city.indicators().size());
        for (int i = 0; i < INDICATORS; i++) {
            IndicatorRollup indicator = city.indicators().get(i);
            assertEquals(UNITS, indicator.required());
            assertEquals(reporting, indicator.reportedBy());
            assertEquals(reporting, indicator.units().size());
            assertEquals(0, BigDecimal.valueOf((long) i * reporting).compareTo(indicator.total().value()));
        }
        assertEquals("Xã 1", city.indicators().get(0).units().get(0).unitName());

        RoundRollup own = RollupService.forUnit(city, "00001");
        assertEquals(1, own.indicators().get(5).units().size());
        assertNull(own.indicators().get(5).total());
        RoundRollup totals = RollupService.totalsOnly(city);
        assertNull(totals.indicators().get(5).units());
        assertEquals(city.indicators().get(5).total(), totals.indicators().get(5).total());
    }
}
