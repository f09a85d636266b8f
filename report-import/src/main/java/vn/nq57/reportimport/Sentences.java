package vn.nq57.reportimport;

/**
 * Sentence boundaries in folded text: a full stop, question or exclamation mark before a space, or
 * a semicolon. A sentence reaches at most {@link #REACH} characters either side of a position, so
 * a text without punctuation cannot make matching quadratic.
 */
final class Sentences {

    static final int REACH = 600;

    private Sentences() {
    }

    /** Start of the sentence holding {@code pos}, not before {@code floor}. */
    static int start(String folded, int pos, int floor) {
        int limit = Math.max(floor, pos - REACH);
        for (int i = pos - 1; i > limit; i--) {
            if (boundaryAt(folded, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** End (exclusive) of the sentence holding {@code pos}, not after {@code ceiling}. */
    static int end(String folded, int pos, int ceiling) {
        int limit = Math.min(ceiling, pos + REACH);
        for (int i = pos; i < limit; i++) {
            if (boundaryAt(folded, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean boundaryAt(String folded, int i) {
        char c = folded.charAt(i);
        if (c == ';') {
            return true;
        }
        if (c == '.' || c == '!' || c == '?') {
            return i + 1 >= folded.length() || Character.isWhitespace(folded.charAt(i + 1));
        }
        return false;
    }
}
