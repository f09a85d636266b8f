package vn.nq57.submission.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search folding (lower case under ROOT, NFD, combining marks removed, đ → d) and the split into words
 * (runs of letters and digits). A report's words are folded on every write, so the fold of each BMP
 * character is remembered the first time it is met, and a text is folded character by character: the
 * same result as folding it whole, which a text falls back to when one of its characters folds
 * otherwise than alone (a surrogate pair, a capital sigma's word-final form, a lower case of two
 * characters).
 */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int UNKNOWN = 0;
    private static final int ONE = 1 << 16;
    private static final int REMOVED = 2 << 16;
    private static final int WHOLE = 3 << 16;
    private static final char CAPITAL_SIGMA = '\u03A3';
    /** Per BMP character: its fold's kind in the high bits, the folded character in the low 16; racy but idempotent. */
    private static final int[] FOLDS = new int[Character.MAX_VALUE + 1];

    private TextFolding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            int folded = foldOf(text.charAt(i));
            int kind = folded & ~0xFFFF;
            if (kind == WHOLE) {
                return foldWhole(text);
            }
            if (kind == ONE) {
                out[length++] = (char) folded;
            }
        }
        return new String(out, 0, length);
    }

    /** The folded words of a text, in order, each cut to {@code maxWord} characters. */
    static List<String> words(String text, int maxWord) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean inWord = isWordPart(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(cut(folded, start, i, maxWord));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(cut(folded, start, folded.length(), maxWord));
        }
        return words;
    }

    /** {@code \p{L}} or {@code \p{N}}, as the regular expression classes read them. */
    private static boolean isWordPart(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static String cut(String folded, int start, int end, int maxWord) {
        return folded.substring(start, Math.min(end, start + maxWord));
    }

    private static int foldOf(char c) {
        if (Character.isSurrogate(c) || c == CAPITAL_SIGMA) {
            return WHOLE;
        }
        int folded = FOLDS[c];
        if (folded == UNKNOWN) {
            String alone = foldWhole(String.valueOf(c));
            folded = alone.isEmpty() ? REMOVED : alone.length() == 1 ? ONE | alone.charAt(0) : WHOLE;
            FOLDS[c] = folded;
        }
        return folded;
    }

    /** The definition: lower case (ROOT), NFD, combining marks removed, đ → d. */
    static String foldWhole(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd');
    }
}
