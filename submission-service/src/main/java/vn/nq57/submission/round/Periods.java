package vn.nq57.submission.round;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.problem.FieldError;

/**
 * Reporting periods: calendar periods for rounds opened by hand, and the cut-off windows of
 * Decree 09/2019/NĐ-CP (15th of the previous period to the 14th) for periodic regimes.
 */
public final class Periods {

    private Periods() {
    }

    /** Fills {@code from}/{@code to} of a calendar period; adds an error per bad field. */
    public static ReportingPeriod complete(ReportingPeriod p, String field, List<FieldError> errors) {
        if (p == null) {
            errors.add(new FieldError(field, "must not be null"));
            return null;
        }
        String kind = p.kind() == null ? "" : p.kind().toUpperCase(Locale.ROOT);
        if (kind.equals("CUSTOM")) {
            if (p.from() == null || p.to() == null) {
                errors.add(new FieldError(field, "CUSTOM needs from and to"));
                return null;
            }
            if (p.from().isAfter(p.to())) {
                errors.add(new FieldError(field + ".to", "must not be before from"));
                return null;
            }
            return new ReportingPeriod(kind, p.from().getYear(), null, p.from(), p.to());
        }
        if (p.year() == null) {
            errors.add(new FieldError(field + ".year", "must not be null for " + kind));
            return null;
        }
        int months = monthsOf(kind);
        if (months == 0) {
            errors.add(new FieldError(field + ".kind", "must be one of MONTH, QUARTER, HALF_YEAR, YEAR, CUSTOM"));
            return null;
        }
        int number = months == 12 ? 1 : p.number() == null ? 0 : p.number();
        if (number < 1 || number > 12 / months) {
            errors.add(new FieldError(field + ".number", "must be between 1 and " + 12 / months + " for " + kind));
            return null;
        }
        YearMonth first = YearMonth.of(p.year(), (number - 1) * months + 1);
        YearMonth last = first.plusMonths(months - 1L);
        return new ReportingPeriod(kind, p.year(), months == 12 ? null : number, first.atDay(1), last.atEndOfMonth());
    }

    /** Months in a period kind, 0 when the kind is not periodic. */
    public static int monthsOf(String kind) {
        return switch (kind == null ? "" : kind) {
            case "MONTH" -> 1;
            case "QUARTER" -> 3;
            case "HALF_YEAR" -> 6;
            case "YEAR" -> 12;
            default -> 0;
        };
    }

    /**
     * The Decree 09/2019 window of the period that ends in {@code endMonth}: from the 15th of the last
     * month of the previous period to the 14th of {@code endMonth} (the cut-off date).
     */
    public static ReportingPeriod decreeWindow(String kind, YearMonth endMonth) {
        int months = monthsOf(kind);
        LocalDate to = endMonth.atDay(14);
        LocalDate from = endMonth.minusMonths(months).atDay(15);
        int number = months == 12 ? 0 : (endMonth.getMonthValue() - 1) / months + 1;
        return new ReportingPeriod(kind, endMonth.getYear(), months == 12 ? null : number, from, to);
    }

    /** The latest period end month (of the given kind) whose cut-off date is on or before {@code today}. */
    public static YearMonth latestClosedEndMonth(String kind, LocalDate today) {
        int months = monthsOf(kind);
        YearMonth candidate = YearMonth.from(today);
        if (today.getDayOfMonth() < 14) {
            candidate = candidate.minusMonths(1);
        }
        while (candidate.getMonthValue() % months != 0) {
            candidate = candidate.minusMonths(1);
        }
        return candidate;
    }
}
