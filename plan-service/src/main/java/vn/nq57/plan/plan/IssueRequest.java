package vn.nq57.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.plan.common.DateWindow;

/**
 * Issuing (ban hành) a draft fixes its number and date.
 *
 * @param numberSymbol số và ký hiệu, e.g. {@code 48/KH-UBND}; unique for the unit in the year of issuedOn
 * @param issuedOn     between 2000-01-01 and 2100-12-31
 */
public record IssueRequest(@NotBlank @Size(max = 100) @PlainText String numberSymbol,
        @NotNull @DateWindow LocalDate issuedOn) {
}
