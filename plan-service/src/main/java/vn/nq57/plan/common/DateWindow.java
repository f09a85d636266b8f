package vn.nq57.plan.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date inside a sane window (by default 2000-01-01 to 2100-12-31): a year 20250 or 0001 is a typing
 * error, and dates far outside PostgreSQL's comfortable range must not reach the other services.
 * {@code null} is valid (combine with {@code @NotNull}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateWindow.Validator.class)
public @interface DateWindow {

    String from() default "2000-01-01";

    String to() default "2100-12-31";

    String message() default "must be between {from} and {to}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DateWindow}. */
    class Validator implements ConstraintValidator<DateWindow, LocalDate> {

        private LocalDate from;
        private LocalDate to;

        @Override
        public void initialize(DateWindow window) {
            from = LocalDate.parse(window.from());
            to = LocalDate.parse(window.to());
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(from) && !value.isAfter(to);
        }
    }
}
