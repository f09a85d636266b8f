package vn.nq57.aggregation.narrative;

import java.util.Comparator;

/**
 * Orders outline codes as the outline does: {@code I.1.2} before {@code I.2} before {@code II}; a first
 * level in Roman numerals, the next in Arabic; anything else after, alphabetically.
 */
final class OutlineCodes {

    static final Comparator<String> ORDER = OutlineCodes::compare;

    private OutlineCodes() {
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(level(x[i], i), level(y[i], i));
            if (c == 0) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int level(String part, int depth) {
        if (depth == 0 && part.matches("[IVXLC]+")) {
            return roman(part);
        }
        return part.matches("\\d{1,6}") ? Integer.parseInt(part) : Integer.MAX_VALUE;
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
