package vn.nq57.reportimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words on one side of a figure, nearest first, for phrase look-ups with a word distance. In
 * OCR text a word of four or more letters also matches a word one edit away ("quén" for "quán").
 */
final class Window {

    private static final Pattern WORD = Pattern.compile("[a-z0-9%&]+");

    private final List<String> words;
    private final boolean ocr;
    private final int fuzzyFrom;

    private Window(List<String> words, boolean ocr, int fuzzyFrom) {
        this.words = words;
        this.ocr = ocr;
        this.fuzzyFrom = fuzzyFrom;
    }

    /** The same words, matching fuzzily only words of at least {@code letters} letters. */
    Window fuzzyFrom(int letters) {
        return new Window(words, ocr, letters);
    }

    /** Words of {@code folded[start, end)}, nearest to the figure first ({@code after} = the figure is at start). */
    static Window of(String folded, int start, int end, boolean after, boolean ocr) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded.substring(Math.max(0, start), Math.max(start, end)));
        while (m.find()) {
            words.add(m.group());
        }
        if (!after) {
            java.util.Collections.reverse(words);
        }
        return new Window(words, ocr, 4);
    }

    List<String> words() {
        return words;
    }

    /**
     * Distance in words (0 = adjacent) of the nearest occurrence of a phrase, or -1. In a window
     * before the figure the phrase is read in reverse order.
     */
    int distance(String phrase, boolean reversed) {
        String[] parts = phrase.split(" ");
        if (reversed) {
            for (int i = 0, j = parts.length - 1; i < j; i++, j--) {
                String t = parts[i];
                parts[i] = parts[j];
                parts[j] = t;
            }
        }
        for (int i = 0; i + parts.length <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                all = same(words.get(i + k), parts[k]);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    private boolean same(String word, String part) {
        return word.equals(part) || ocr && part.length() >= fuzzyFrom && word.length() >= fuzzyFrom && SectionMapper.oneEdit(word, part);
    }

    /** The first {@code n} words, joined. */
    String head(int n) {
        return String.join(" ", words.subList(0, Math.min(n, words.size())));
    }
}
