package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

class ETagsTest {

    @Test
    void acceptsTheCurrentVersionInEveryForm() {
        assertEquals("\"3\"", ETags.of(3));
        assertEquals(3, ETags.required("\"3\"", 3));
        assertEquals(3, ETags.required("W/\"3\"", 3));
        assertEquals(3, ETags.required(" 3 ", 3));
        assertEquals(3, ETags.required("*", 3));
        assertDoesNotThrow(() -> ETags.checkIfPresent(null, 3));
    }

    @Test
    void refusesMissingStaleAndUnreadableVersions() {
        assertEquals(ProblemKind.PRECONDITION_REQUIRED, kind(() -> ETags.required(null, 3)));
        assertEquals(ProblemKind.PRECONDITION_REQUIRED, kind(() -> ETags.parse(" ")));
        assertEquals(ProblemKind.PRECONDITION_FAILED, kind(() -> ETags.required("\"2\"", 3)));
        assertEquals(ProblemKind.PRECONDITION_FAILED, kind(() -> ETags.checkIfPresent("\"2\"", 3)));
        assertEquals(ProblemKind.PRECONDITION_FAILED, kind(() -> ETags.parse("\"abc\"")));
        assertEquals(ProblemKind.PRECONDITION_FAILED, ETags.stale(3).kind());
    }

    private static ProblemKind kind(Runnable call) {
        return assertThrows(ProblemException.class, call::run).kind();
    }
}
