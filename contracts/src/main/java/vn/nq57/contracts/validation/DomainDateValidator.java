package vn.nq57.contracts.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Checks {@link DomainDate}. */
public final class DomainDateValidator {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DomainDateValidator() {
    }

    public static boolean within(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean within(OffsetDateTime time) {
        try {
            return time == null || within(time.atZoneSameInstant(VIETNAM).toLocalDate());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@link DomainDate} on a {@link LocalDate}. */
    public static class ForLocalDate implements ConstraintValidator<DomainDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return within(value);
        }
    }

    /** {@link DomainDate} on an {@link OffsetDateTime}. */
    public static class ForOffsetDateTime implements ConstraintValidator<DomainDate, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return within(value);
        }
    }
}
