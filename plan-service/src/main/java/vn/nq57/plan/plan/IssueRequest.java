package vn.nq57.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Issuing (ban hành) a draft fixes its number and date.
 *
 * @param numberSymbol số và ký hiệu, e.g. {@code 48/KH-UBND}; unique for the unit in the year of issuedOn
 */
public record IssueRequest(@NotBlank @Size(max = 100) String numberSymbol, @NotNull LocalDate issuedOn) {
}
