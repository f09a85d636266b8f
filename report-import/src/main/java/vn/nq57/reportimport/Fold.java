package vn.nq57.reportimport;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accent-insensitive, OCR-tolerant view of a text with exactly the same length, so an offset found
 * in the folded text is an offset in the original. Lower case, no diacritics, {@code đ → d}; in OCR
 * output (a text that lost its diacritics) also digits read for letters inside words ({@code s6 → so},
 * {@code 1am → lam}), letters read for digits inside numbers ({@code l.500 → 1.500}) and {@code P}
 * read for {@code Đ} at the start of a word ({@code Pang uy → dang uy}).
 */
public final class Fold {

    private static final Pattern OCR_NUMBER = Pattern.compile("(?<![\\p{L}\\d])[0-9lO](?:[0-9lIO]|[.,](?=[0-9lIO]))*(?![\\p{L}\\d])");

    private Fold() {
    }

    /** Folds a short phrase (a cue, a title) the way document text is folded, without OCR repairs. */
    public static String phrase(String text) {
        return phrase(text, false);
    }

    /** Folds and collapses everything but letters, digits and {@code %} to single spaces. */
    public static String phrase(String text, boolean ocr) {
        return fold(text, ocr).replaceAll("[^a-z0-9%]+", " ").trim();
    }

    public static String fold(String text, boolean ocr) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        if (ocr) {
            repairNumbers(text, out);
            repairWords(text, out);
        }
        return new String(out);
    }

    /** Whether a text looks like OCR output that lost its diacritics. */
    public static boolean looksLikeOcr(String text) {
        int letters = 0;
        int accented = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c == 'đ' || c == 'Đ' || Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).length() > 1) {
                    accented++;
                }
            }
        }
        return letters > 200 && accented < letters * 0.15;
    }

    static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return ' ';
        }
        if (Character.isSpaceChar(c)) {
            return ' ';
        }
        if (c == '–' || c == '—' || c == '‑' || c == '−') {
            return '-';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return Character.isLetter(first) ? Character.toLowerCase(first) : c;
    }

    private static void repairNumbers(String text, char[] out) {
        Matcher m = OCR_NUMBER.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!token.chars().anyMatch(Character::isDigit) || token.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                char c = text.charAt(i);
                out[i] = c == 'l' || c == 'I' ? '1' : c == 'O' ? '0' : out[i];
            }
        }
    }

    private static void repairWords(String text, char[] out) {
        int i = 0;
        while (i < out.length) {
            if (!wordChar(out[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < out.length && wordChar(out[i])) {
                i++;
            }
            repairWord(text, out, start, i);
        }
    }

    private static void repairWord(String text, char[] out, int start, int end) {
        boolean letter = false;
        boolean odd = false;
        for (int i = start; i < end; i++) {
            letter |= out[i] >= 'a' && out[i] <= 'z' || "$¢§".indexOf(out[i]) >= 0;
            odd |= !(out[i] >= 'a' && out[i] <= 'z');
        }
        if (letter && odd) {
            for (int i = start; i < end; i++) {
                out[i] = switch (out[i]) {
                    case '0', '6', '¢', '§' -> 'o';
                    case '1', '|' -> 'l';
                    case '3', '4' -> 'a';
                    case '$' -> 's';
                    default -> out[i];
                };
            }
        }
        char first = text.charAt(start);
        if (first == 'P' && end - start > 1) {
            char next = out[start + 1];
            if ("aeiouy".indexOf(next) >= 0) {
                out[start] = 'd';
            }
        }
    }

    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '¢' || c == '§' || c == '|'
                || (Character.isLetter(c) && c > 127);
    }
}
