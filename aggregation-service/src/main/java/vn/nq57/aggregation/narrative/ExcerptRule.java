package vn.nq57.aggregation.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.contracts.text.VietnameseText;

/**
 * Chooses the excerpts of the units' texts that the consolidated report quotes under a section, by rule
 * rather than by hand:
 * <ol>
 * <li>hard-wrapped lines are joined (a line break counts only after {@code . ! ? ; :} or before a list
 * item), then texts are cut into sentences (after {@code . ! ? ;} or such a line break; list marks "-", "+",
 * "•" dropped);</li>
 * <li>a sentence shorter than {@value #MIN_CHARS} characters is left out; one longer than {@value #MAX_CHARS}
 * is cut at the last word before that length and ends with "…";</li>
 * <li>sentences with figures come first, more figures before fewer, then in the units' and the text's order;
 * a figure is a number that is not part of a document symbol (57-NQ/TW, 192/KH-UBND), a date (08/8/2025)
 * or a year (2025);</li>
 * <li>each unit gives one excerpt before any unit gives a second;</li>
 * <li>a sentence whose words, compared without accents and case (so the OCR seed's "phuong duy tri 71 cum
 * loa" matches "phường duy trì 71 cụm loa"), overlap an excerpt already chosen by
 * {@value #NEAR_DUPLICATE} or more (Jaccard) is a near-duplicate and left out.</li>
 * </ol>
 */
public final class ExcerptRule {

    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 280;
    static final double NEAR_DUPLICATE = 0.6;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;…])\\s+|\\R+");
    private static final Pattern LIST_MARK = Pattern.compile("^[-+•*–]+\\s*");
    private static final Pattern NOT_FIGURES = Pattern.compile(
            "\\d+[-/][\\p{L}][\\p{L}\\d/-]*|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    /** One unit's text. */
    public record Source(String unitCode, String unitName, String text) {
    }

    /** A sentence chosen for the report, with the unit it is attributed to. */
    public record Excerpt(String unitCode, String unitName, String text) {
    }

    private record Candidate(Source source, int unitOrder, int sentenceOrder, String text, int figures,
            Set<String> words) {
    }

    private ExcerptRule() {
    }

    /** At most {@code max} excerpts of these texts, in the order the rule ranks them. */
    public static List<Excerpt> choose(List<Source> sources, int max) {
        List<Candidate> candidates = new ArrayList<>();
        for (int u = 0; u < sources.size(); u++) {
            List<String> sentences = sentences(sources.get(u).text());
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = bounded(sentences.get(s));
                if (sentence != null) {
                    candidates.add(new Candidate(sources.get(u), u, s, sentence, figures(sentence), words(sentence)));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.figures() == 0)
                .thenComparing(Comparator.comparingInt(Candidate::figures).reversed())
                .thenComparingInt(Candidate::unitOrder).thenComparingInt(Candidate::sentenceOrder));
        List<Candidate> chosen = new ArrayList<>();
        Set<String> unitsQuoted = new HashSet<>();
        for (boolean firstRound : new boolean[] {true, false}) {
            for (Candidate c : candidates) {
                if (chosen.size() >= max) {
                    break;
                }
                boolean fresh = !firstRound || !unitsQuoted.contains(c.source().unitCode());
                if (fresh && !chosen.contains(c) && chosen.stream().noneMatch(x -> similar(x.words(), c.words()))) {
                    chosen.add(c);
                    unitsQuoted.add(c.source().unitCode());
                }
            }
        }
        return chosen.stream().map(c -> new Excerpt(c.source().unitCode(), c.source().unitName(), c.text())).toList();
    }

    /** The sentences of a text, list marks dropped, spaces collapsed. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String part : SENTENCE_END.split(unwrapped(text))) {
            String sentence = LIST_MARK.matcher(part.strip()).replaceFirst("").replaceAll("\\s+", " ").strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * Joins hard-wrapped lines (documents and OCR scans break lines, even with blank lines, inside a
     * sentence): a line break stays only after a sentence's end or before a list item.
     */
    static String unwrapped(String text) {
        StringBuilder joined = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty()) {
                boolean ended = ".!?;:…".indexOf(joined.charAt(joined.length() - 1)) >= 0;
                joined.append(ended || LIST_MARK.matcher(l).find() ? "\n" : " ");
            }
            joined.append(l);
        }
        return joined.toString();
    }

    /** The sentence within the length bounds, or null when it is too short to say anything. */
    static String bounded(String sentence) {
        if (sentence.length() < MIN_CHARS) {
            return null;
        }
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
        return sentence.substring(0, cut > MIN_CHARS ? cut : MAX_CHARS - 1).replaceAll("[\\s,;:]+$", "") + "…";
    }

    /** How many figures the sentence gives, leaving out document symbols, dates and years. */
    static int figures(String sentence) {
        Matcher m = FIGURE.matcher(NOT_FIGURES.matcher(sentence).replaceAll(" "));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size() >= NEAR_DUPLICATE;
    }

    private static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(VietnameseText.fold(sentence));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
