package vn.nq57.contracts.events;

import java.time.LocalDate;

/**
 * The period a round reports on.
 *
 * @param kind   MONTH, QUARTER, HALF_YEAR, YEAR or CUSTOM
 * @param year   calendar year of the period
 * @param number month (1-12), quarter (1-4) or half (1-2); null for YEAR and CUSTOM
 * @param from   first day covered
 * @param to     last day covered
 */
public record ReportingPeriod(String kind, Integer year, Integer number, LocalDate from, LocalDate to) {
}
