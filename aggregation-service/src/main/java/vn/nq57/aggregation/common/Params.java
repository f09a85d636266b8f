package vn.nq57.aggregation.common;

import java.util.UUID;
import vn.nq57.contracts.problem.ProblemException;

/** Parsing of path and query parameters into problems instead of framework errors. */
public final class Params {

    private Params() {
    }

    public static Basis basis(String value) {
        if (value == null || value.isBlank()) {
            return Basis.LATEST_SUBMITTED;
        }
        try {
            return Basis.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("basis", "must be ACCEPTED or LATEST_SUBMITTED");
        }
    }

    /** An id in a path; a malformed one names nothing, so it answers 404. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + value);
        }
    }
}
