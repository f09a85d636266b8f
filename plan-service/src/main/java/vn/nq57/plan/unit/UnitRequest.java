package vn.nq57.plan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.nq57.contracts.events.UnitType;

/**
 * A unit to create or the new state of one.
 *
 * @param code       national code: 2 digits for a province/city, 5 for a xã/phường/đặc khu
 * @param fullName   defaults to the type's prefix and the name ("Phường Phù Liễn")
 * @param parentCode the province/city of a commune-level unit
 * @param offices    internal offices plans assign work to
 * @param active     false deactivates the unit (merged or dissolved); default true
 */
public record UnitRequest(
        @NotBlank @Size(max = 5) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String fullName,
        @NotNull UnitType type,
        @Size(max = 5) String parentCode,
        List<@NotBlank @Size(max = 200) String> offices,
        Boolean active) {
}
