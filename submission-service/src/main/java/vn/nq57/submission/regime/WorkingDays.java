package vn.nq57.submission.regime;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days Monday to Friday; public holidays are not modelled. */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate day, int workingDays) {
        LocalDate current = day;
        int left = workingDays;
        while (left > 0) {
            current = current.plusDays(1);
            if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return current;
    }
}
