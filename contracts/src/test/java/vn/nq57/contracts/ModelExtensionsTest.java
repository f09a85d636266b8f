package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSchemas;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorTarget;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;

/** The nullable fields added for the seed figures: unit facts, at-least ranges, indicator targets. */
class ModelExtensionsTest {

    @Test
    void unitFactsTravelInUnitUpsertedAndHonourTheSchema() {
        UnitSnapshot catHai = new UnitSnapshot("11914", "Cát Hải", "Đặc khu Cát Hải", UnitType.DAC_KHU, "31", List.of(),
                true, 2, List.of(new UnitFact("POPULATION", "Dân số", Qualifier.ABOUT, new BigDecimal("71000"), "người",
                        null, "Báo cáo 12/2025"), new UnitFact("AREA_KM2", "Diện tích", Qualifier.EXACT,
                        new BigDecimal("286.98"), "km²", null, null)));
        EventEnvelope event = EventCodec.decode(EventCodec.encode(EventCodec.wrap(EventType.UNIT_UPSERTED,
                EventSources.PLAN_SERVICE, "11914", catHai, OffsetDateTime.now())));
        assertEquals(catHai, EventCodec.data(event, UnitSnapshot.class));
        assertEquals(List.of(), EventSchemas.problems(event));
    }

    @Test
    void payloadsWithoutTheNewFieldsStillRead() throws Exception {
        UnitSnapshot old = EventCodec.mapper().readValue("""
                {"code":"11446","name":"Phù Liễn","type":"PHUONG","parentCode":"31","offices":[],"active":true,"revision":1}""",
                UnitSnapshot.class);
        assertNull(old.facts());
        IndicatorValue value = EventCodec.mapper().readValue("""
                {"code":"PORTAL_ARTICLES","qualifier":"AT_LEAST","value":445}""", IndicatorValue.class);
        assertNull(value.atLeast());
        IndicatorDefinition definition = EventCodec.mapper().readValue("""
                {"code":"X","name":"X","kind":"COUNT","aggregation":"SUM"}""", IndicatorDefinition.class);
        assertNull(definition.target());
    }

    @Test
    void atLeastRangesAndTargetsRoundTrip() throws Exception {
        IndicatorValue moreThan = new IndicatorValue("CONTEST_PARTICIPATIONS", Qualifier.RANGE, null, new BigDecimal("560"),
                new BigDecimal("900"), null, null, null, "Hơn 560–900", true);
        assertEquals(moreThan, EventCodec.mapper().readValue(EventCodec.toJson(moreThan), IndicatorValue.class));
        IndicatorDefinition rounds = new IndicatorDefinition("CDT_TRAINING_ROUNDS", "Số đợt tập huấn", "đợt",
                IndicatorKind.COUNT, AggregationRule.SUM, BigDecimal.ZERO, null,
                new IndicatorTarget(Qualifier.AT_LEAST, new BigDecimal("2"), "YEAR", "tối thiểu 02 đợt/năm"));
        assertEquals(rounds, EventCodec.mapper().readValue(EventCodec.toJson(rounds), IndicatorDefinition.class));
    }
}
