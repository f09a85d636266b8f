package vn.nq57.reportimport;

/** Sentence boundaries in folded text: a full stop, question or exclamation mark before a space, or a semicolon. */
final class Sentences {

    private Sentences() {
    }

    /** Start of the sentence holding {@code pos}, not before {@code floor}. */
    static int start(String folded, int pos, int floor) {
        for (int i = pos - 1; i > floor; i--) {
            if (boundaryAt(folded, i)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** End (exclusive) of the sentence holding {@code pos}, not after {@code ceiling}. */
    static int end(String folded, int pos, int ceiling) {
        for (int i = pos; i < ceiling; i++) {
            if (boundaryAt(folded, i)) {
                return i + 1;
            }
        }
        return ceiling;
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
