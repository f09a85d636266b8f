package vn.nq57.submission.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.problem.FieldError;

/** Plain JUnit: calendar periods and the Decree 09/2019 cut-off windows. */
class PeriodsTest {

    private static ReportingPeriod complete(ReportingPeriod period, List<FieldError> errors) {
        return Periods.complete(period, "period", errors);
    }

    @Test
    void calendarPeriodsGetTheirFirstAndLastDay() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new ReportingPeriod("QUARTER", 2025, 4, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                complete(new ReportingPeriod("quarter", 2025, 4, null, null), errors));
        assertEquals(new ReportingPeriod("MONTH", 2024, 2, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                complete(new ReportingPeriod("MONTH", 2024, 2, null, null), errors));
        assertEquals(new ReportingPeriod("YEAR", 2025, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                complete(new ReportingPeriod("YEAR", 2025, 7, null, null), errors));
        assertEquals(new ReportingPeriod("HALF_YEAR", 2025, 2, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                complete(new ReportingPeriod("HALF_YEAR", 2025, 2, null, null), errors));
        assertEquals(new ReportingPeriod("CUSTOM", 2025, null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 14)),
                complete(new ReportingPeriod("CUSTOM", null, null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 14)),
                        errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void eachBadPeriodNamesItsField() {
        record Case(ReportingPeriod period, String field) {
        }
        for (Case c : List.of(new Case(null, "period"),
                new Case(new ReportingPeriod("CUSTOM", null, null, LocalDate.of(2025, 1, 1), null), "period"),
                new Case(new ReportingPeriod("CUSTOM", null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)),
                        "period.to"),
                new Case(new ReportingPeriod("MONTH", null, 1, null, null), "period.year"),
                new Case(new ReportingPeriod("WEEK", 2025, 1, null, null), "period.kind"),
                new Case(new ReportingPeriod("QUARTER", 2025, 5, null, null), "period.number"),
                new Case(new ReportingPeriod("MONTH", 2025, null, null, null), "period.number"))) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(complete(c.period(), errors));
            assertEquals(List.of(c.field()), errors.stream().map(FieldError::field).toList(), String.valueOf(c.period()));
        }
    }

    @Test
    void decreeWindowsRunFromThe15thOfThePreviousPeriodToThe14th() {
        assertEquals(new ReportingPeriod("MONTH", 2026, 4, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14)),
                Periods.decreeWindow("MONTH", YearMonth.of(2026, 4)));
        assertEquals(new ReportingPeriod("QUARTER", 2026, 1, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)),
                Periods.decreeWindow("QUARTER", YearMonth.of(2026, 3)));
        assertEquals(new ReportingPeriod("YEAR", 2025, null, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14)),
                Periods.decreeWindow("YEAR", YearMonth.of(2025, 12)));
    }

    @Test
    void theLatestClosedPeriodEndsOnOrBeforeToday() {
        assertEquals(YearMonth.of(2026, 4), Periods.latestClosedEndMonth("MONTH", LocalDate.of(2026, 4, 14)));
        assertEquals(YearMonth.of(2026, 3), Periods.latestClosedEndMonth("MONTH", LocalDate.of(2026, 4, 13)));
        assertEquals(YearMonth.of(2026, 3), Periods.latestClosedEndMonth("QUARTER", LocalDate.of(2026, 5, 20)));
        assertEquals(YearMonth.of(2025, 12), Periods.latestClosedEndMonth("QUARTER", LocalDate.of(2026, 3, 13)));
        assertEquals(YearMonth.of(2025, 12), Periods.latestClosedEndMonth("YEAR", LocalDate.of(2026, 12, 13)));
        assertEquals(0, Periods.monthsOf(null));
    }
}
