package vn.nq57.contracts.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;
import vn.nq57.contracts.validation.Quantity;

/**
 * A fact about a unit (số liệu đặc điểm) that plans and reports cite and a city compares units by:
 * population, area, villages (thôn), residential groups (tổ dân phố), work teams (tổ công tác).
 *
 * @param code          e.g. {@code POPULATION}, {@code AREA_KM2}, {@code VILLAGES}, {@code RESIDENTIAL_GROUPS}
 * @param label         Vietnamese name shown to users ("Dân số")
 * @param qualifier     EXACT, ABOUT ("khoảng 71.000") or AT_LEAST; null means EXACT
 * @param unitOfMeasure e.g. "người", "km²", "thôn"
 * @param asOf          when the figure held, null when the source does not say
 * @param source        where it comes from, e.g. a report's number and symbol
 */
public record UnitFact(
        @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code") String code,
        @Size(max = 200) @PlainText String label,
        Qualifier qualifier,
        @NotNull @Quantity BigDecimal value,
        @Size(max = 50) @PlainText String unitOfMeasure,
        @DomainDate LocalDate asOf,
        @Size(max = 300) @PlainText String source) {
}
