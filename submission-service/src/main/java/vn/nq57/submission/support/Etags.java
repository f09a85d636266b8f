package vn.nq57.submission.support;

import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

/** Strong ETags built from an aggregate's revision, and the If-Match checks of the API conventions. */
public final class Etags {

    private Etags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an If-Match header names; 428 when it is missing, 412 when it is unreadable. */
    public static long required(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "If-Match is required; the current ETag is " + of(current));
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        long expected;
        try {
            expected = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw stale(current);
        }
        if (expected != current) {
            throw stale(current);
        }
        return expected;
    }

    public static ProblemException stale(long current) {
        return new ProblemException(ProblemKind.PRECONDITION_FAILED,
                "The resource has changed; the current ETag is " + of(current));
    }
}
