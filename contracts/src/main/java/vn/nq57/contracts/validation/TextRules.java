package vn.nq57.contracts.validation;

/** The character rules behind {@link PlainText}, usable outside Bean Validation (CSV rows, files). */
public final class TextRules {

    private TextRules() {
    }

    /** Index of the first character a person's text must not contain, or -1. */
    public static int firstForbidden(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isForbiddenControl(c) || Character.isSurrogate(c) && !pairedAt(value, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return -1;
    }

    public static boolean isPlain(CharSequence value) {
        return value == null || firstForbidden(value) < 0;
    }

    private static boolean isForbiddenControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }

    private static boolean pairedAt(CharSequence value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }
}
