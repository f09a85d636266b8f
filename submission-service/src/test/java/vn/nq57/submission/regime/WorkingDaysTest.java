package vn.nq57.submission.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plain JUnit: deadlines counted in working days, Monday to Friday. */
class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 4, 10);
        assertEquals(LocalDate.of(2026, 4, 13), WorkingDays.after(friday, 1));
        assertEquals(LocalDate.of(2026, 4, 17), WorkingDays.after(friday, 5));
        assertEquals(LocalDate.of(2026, 4, 13), WorkingDays.after(LocalDate.of(2026, 4, 11), 1));
        assertEquals(LocalDate.of(2026, 4, 14), WorkingDays.after(LocalDate.of(2026, 4, 13), 1));
        assertEquals(friday, WorkingDays.after(friday, 0));
    }
}
