package vn.nq57.contracts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number a unit reports (a count, an amount, a percentage, a ratio's part): 0 or more, at most
 * 10^15 (a province's budget in đồng fits), at most 4 decimals. Refuses 1e19, 1e30000 and 1e-30000
 * before they reach storage or an event. {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("1000000000000000")
@Digits(integer = 16, fraction = 4)
@ReportAsSingleViolation
public @interface Quantity {

    String message() default "must be a number from 0 to 1000000000000000 with at most 4 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
