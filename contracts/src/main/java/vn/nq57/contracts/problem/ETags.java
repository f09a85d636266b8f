package vn.nq57.contracts.problem;

/**
 * The optimistic-concurrency convention of every service (docs/api-conventions.md): a resource's
 * ETag is its version in quotes; a change names the version it read in {@code If-Match}. Missing
 * answers 428, unreadable or stale 412. {@code *} matches whatever version is current.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names (strong or weak form); 428 when missing, 412 when unreadable. */
    public static long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                    "If-Match " + ifMatch + " names no version of this resource");
        }
    }

    /** The version a required If-Match agrees on with the current one: 428 missing, 412 stale. */
    public static long required(String ifMatch, long current) {
        if (ifMatch != null && ifMatch.strip().equals("*")) {
            return current;
        }
        if (parse(ifMatch) != current) {
            throw stale(current);
        }
        return current;
    }

    /** Checks If-Match only when the client sent one. */
    public static void checkIfPresent(String ifMatch, long current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            required(ifMatch, current);
        }
    }

    /** The answer when the stored version is no longer the one the client read. */
    public static ProblemException stale(long current) {
        return new ProblemException(ProblemKind.PRECONDITION_FAILED,
                "The resource has changed; the current ETag is " + of(current));
    }
}
