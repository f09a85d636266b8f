package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.validation.DomainDateValidator;

class DomainDateTest {

    @Test
    void datesLieBetween2000And2100() {
        assertTrue(DomainDateValidator.within(LocalDate.of(2000, 1, 1)));
        assertTrue(DomainDateValidator.within(LocalDate.of(2100, 12, 31)));
        assertTrue(DomainDateValidator.within((LocalDate) null));
        assertFalse(DomainDateValidator.within(LocalDate.of(1999, 12, 31)));
        assertFalse(DomainDateValidator.within(LocalDate.of(2101, 1, 1)));
    }

    @Test
    void instantsAreJudgedInVietnamAndExtremesDoNotThrow() {
        assertTrue(DomainDateValidator.within(OffsetDateTime.parse("2100-12-31T16:59:59Z")));
        assertFalse(DomainDateValidator.within(OffsetDateTime.parse("2100-12-31T17:00:00Z")));
        assertFalse(DomainDateValidator.within(OffsetDateTime.parse("1999-12-31T16:59:59Z")));
        assertFalse(DomainDateValidator.within(OffsetDateTime.MAX));
        assertFalse(DomainDateValidator.within(OffsetDateTime.MIN));
    }
}
