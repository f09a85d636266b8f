package vn.nq57.plan.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.contracts.validation.PlainText;

/**
 * A unit to create or the new state of one.
 *
 * @param code       national code: 2 digits for a province/city, 5 for a xã/phường/đặc khu
 * @param fullName   defaults to the type's prefix and the name ("Phường Phù Liễn")
 * @param parentCode the province/city of a commune-level unit
 * @param offices    internal offices plans assign work to
 * @param active     false deactivates the unit (merged or dissolved); default true
 * @param facts      population, area, villages...: at most one per code; absent keeps the unit's facts on an
 *                   update (an empty list clears them)
 */
public record UnitRequest(
        @NotBlank @Pattern(regexp = "\\d{2}|\\d{5}", message = "must be 2 or 5 digits") String code,
        @NotBlank @Size(max = MAX_NAME) @PlainText String name,
        @Size(max = MAX_FULL_NAME) @PlainText String fullName,
        @NotNull UnitType type,
        @Pattern(regexp = "(\\d{2})?", message = "must be the 2-digit code of a province/city") String parentCode,
        @Size(max = MAX_OFFICES) List<@NotBlank @Size(max = MAX_OFFICE) @PlainText String> offices,
        Boolean active,
        @Size(max = MAX_FACTS) List<@Valid @NotNull UnitFact> facts) {

    public static final int MAX_NAME = 200;
    public static final int MAX_FULL_NAME = 255;
    public static final int MAX_OFFICES = 50;
    public static final int MAX_OFFICE = 200;
    public static final int MAX_FACTS = 30;
}
