package vn.nq57.contracts.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;

/**
 * The period a round reports on.
 *
 * @param kind   MONTH, QUARTER, HALF_YEAR, YEAR or CUSTOM
 * @param year   calendar year of the period
 * @param number month (1-12), quarter (1-4) or half (1-2); null for YEAR and CUSTOM
 * @param from   first day covered
 * @param to     last day covered
 */
public record ReportingPeriod(@Size(max = 20) @PlainText String kind, @Min(2000) @Max(2100) Integer year,
        @Min(1) @Max(12) Integer number, @DomainDate LocalDate from, @DomainDate LocalDate to) {
}
