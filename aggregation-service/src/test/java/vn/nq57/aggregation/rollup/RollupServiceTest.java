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
        Map<String, UnitView> units = new HashMap<>();
        Map<String, Map<String, IndicatorValue>> values = new HashMap<>();
        List<IndicatorDefinition> catalogue = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            catalogue.add(new IndicatorDefinition("I" + i, "Chỉ tiêu " + i, "lượt", IndicatorKind.COUNT,
                    AggregationRule.SUM, null, null));
        }
        for (int u = 0; u < UNITS; u++) {
            String code = String.format("%05d", u);
            required.add(code);
            units.put(code, new UnitView(code, "Xã " + u, null, UnitType.XA, "31", true));
            if (u % 3 == 0) {
                continue; // a third of the units has not submitted yet
            }
            Map<String, IndicatorValue> byCode = new HashMap<>();
            for (int i = 0; i < INDICATORS; i++) {
                byCode.put("I" + i, new IndicatorValue("I" + i, Qualifier.EXACT, BigDecimal.valueOf(i), null, null,
                        null, null, null, null));
            }
            values.put(code, byCode);
        }
        RoundSnapshot round = new RoundSnapshot(UUID.randomUUID(), null, "Toàn quốc", "31", null, null, null,
                OffsetDateTime.parse("2025-12-03T17:00:00+07:00"), null, 3, required, catalogue, 1);

        RoundRollup city = new RollupService().rollup(round, Basis.LATEST_SUBMITTED, required, units, values);

        int reporting = UNITS - (UNITS + 2) / 3;
        assertEquals(INDICATORS, city.indicators().size());
        for (int i = 0; i < INDICATORS; i++) {
            IndicatorRollup indicator = city.indicators().get(i);
            assertEquals(UNITS, indicator.required());
            assertEquals(reporting, indicator.reportedBy());
            assertEquals(reporting, indicator.units().size());
            assertEquals(0, BigDecimal.valueOf((long) i * reporting).compareTo(indicator.total().value()));
        }

        RoundRollup own = RollupService.forUnit(city, "00001");
        assertEquals(1, own.indicators().get(5).units().size());
        assertNull(own.indicators().get(5).total());
        RoundRollup totals = RollupService.totalsOnly(city);
        assertNull(totals.indicators().get(5).units());
        assertEquals(city.indicators().get(5).total(), totals.indicators().get(5).total());
    }
}
