package vn.nq57.plan.common;

import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

/** Strong ETags carrying the stored version, and the If-Match rules of the API conventions. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 428 without If-Match, 412 when it names another version than the stored one. */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read (current version is " + current + ")");
        }
        check(ifMatch, current);
    }

    /** Checks If-Match only when the client sent one. */
    public static void checkIfPresent(String ifMatch, long current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, current);
        }
    }

    private static void check(String ifMatch, long current) {
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.equals(String.valueOf(current))) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                    "If-Match " + ifMatch + " is stale: the current version is " + current);
        }
    }
}
