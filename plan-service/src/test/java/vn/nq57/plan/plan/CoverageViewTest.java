package vn.nq57.plan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.plan.unit.Unit;

/** Plain JUnit: plan coverage, which plan-service alone answers (aggregation-service no longer does). */
class CoverageViewTest {

    private static final UUID CITY_PLAN = UUID.randomUUID();

    private static Unit commune(String code, String name) {
        Unit unit = new Unit();
        unit.code = code;
        unit.fullName = name;
        unit.type = UnitType.PHUONG;
        unit.parentCode = "31";
        unit.active = true;
        return unit;
    }

    private static PlanVersion plan(String unit, PlanStatus status, String number, LocalDate issuedOn) {
        PlanVersion v = new PlanVersion();
        v.planId = UUID.randomUUID();
        v.unitCode = unit;
        v.status = status;
        v.numberSymbol = number;
        v.issuedOn = issuedOn;
        v.parentPlanId = CITY_PLAN;
        return v;
    }

    @Test
    void issuedAmendedOrClosedPlansCountDraftsAreDraftingTheRestHaveNone() {
        PlanVersion city = plan("31", PlanStatus.ISSUED, "192/KH-UBND", LocalDate.of(2025, 8, 1));
        city.planId = CITY_PLAN;
        List<Unit> communes = List.of(commune("11446", "Phường Phù Liễn"), commune("11674", "Xã An Hưng"),
                commune("11239", "Phường Hồng Bàng"), commune("11914", "Xã Thanh Miện"));
        PlanVersion closed = plan("11446", PlanStatus.CLOSED, "25/KH-UBND", LocalDate.of(2025, 8, 5));
        PlanVersion issued = plan("11674", PlanStatus.ISSUED, "48/KH-UBND", LocalDate.of(2025, 8, 8));
        PlanVersion draft = plan("11239", PlanStatus.DRAFT, null, null);

        CoverageView coverage = CoverageView.of(city, communes, List.of(closed, issued, draft));

        assertEquals(4, coverage.totalUnits());
        assertEquals(2, coverage.issuedCount());
        assertEquals(2, coverage.notIssuedCount());
        assertEquals(1, coverage.draftingCount());
        assertEquals(List.of("11446", "11674"), coverage.issued().stream().map(CoverageView.Issued::unitCode).toList());
        assertEquals("48/KH-UBND", coverage.issued().get(1).numberSymbol());
        assertEquals(draft.planId, coverage.notIssued().get(0).draftPlanId());
        assertNull(coverage.notIssued().get(1).draftPlanId());
    }

    @Test
    void aUnitWithSeveralIssuedPlansShowsTheLatestAndCountsOnce() {
        PlanVersion city = plan("31", PlanStatus.ISSUED, "192/KH-UBND", LocalDate.of(2025, 8, 1));
        PlanVersion first = plan("11446", PlanStatus.SUPERSEDED, "25/KH-UBND", LocalDate.of(2025, 8, 5));
        PlanVersion second = plan("11446", PlanStatus.ISSUED, "31/KH-UBND", LocalDate.of(2025, 9, 5));

        CoverageView coverage = CoverageView.of(city, List.of(commune("11446", "Phường Phù Liễn")),
                List.of(first, second));

        assertEquals(1, coverage.issuedCount());
        assertEquals("31/KH-UBND", coverage.issued().get(0).numberSymbol());
    }
}
