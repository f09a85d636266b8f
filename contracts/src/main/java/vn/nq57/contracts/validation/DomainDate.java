package vn.nq57.contracts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or instant inside the window the platform handles: 2000-01-01 to 2100-12-31 (in
 * Asia/Ho_Chi_Minh for instants). Far dates are typing mistakes, and those beyond PostgreSQL's
 * range would stop every consumer downstream. {@code null} is valid (combine with {@code @NotNull}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {DomainDateValidator.ForLocalDate.class, DomainDateValidator.ForOffsetDateTime.class})
public @interface DomainDate {

    String message() default "must be between 2000-01-01 and 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
