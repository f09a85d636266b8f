package vn.nq57.submission.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;

/**
 * The searchable text of a report: the folded words stored with it ({@code searchTokens}) and the snippet
 * around a match. Folding is accent- and case-insensitive ("Truyền" and the OCR seed's "truyen" are one word).
 */
final class ReportText {

    /** Raised when the folding or the indexed parts change: the startup backfill then re-indexes every report. */
    static final int VERSION = 1;
    static final String TOKENS = "searchTokens";
    static final String TOKENS_VERSION = "searchVersion";
    /** Longer words (URLs, hashes) are cut to this: the same cut applies to the query. */
    static final int MAX_WORD = 40;

    private static final int BEFORE = 60;
    private static final int AFTER = 140;

    /** A piece of report text and where it stands. */
    record Passage(String part, String text) {
    }

    private ReportText() {
    }

    /** The folded words of a text, in order, duplicates kept. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return TextFolding.words(text, MAX_WORD);
    }

    /** Sorted distinct words of the draft and the latest submitted version. */
    static List<String> tokens(ReportEntity report) {
        Set<String> tokens = new TreeSet<>();
        passages(report).forEach(p -> tokens.addAll(words(p.text())));
        return List.copyOf(tokens);
    }

    /** The first passage holding every query word (else the most of them) and the text around its first word. */
    static Optional<SearchMatch> firstMatch(ReportEntity report, SearchQuery query) {
        Passage best = null;
        long bestCount = 0;
        for (Passage p : passages(report)) {
            Set<String> words = new LinkedHashSet<>(words(p.text()));
            long count = query.tokens().stream().filter(words::contains).count();
            if (count > bestCount) {
                best = p;
                bestCount = count;
                if (count == query.tokens().size()) {
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Passage found = best;
        return query.tokens().stream().map(t -> snippet(found.text(), t)).flatMap(Optional::stream).findFirst()
                .map(s -> new SearchMatch(found.part(), s));
    }

    static List<Passage> passages(ReportEntity report) {
        Set<Passage> all = new LinkedHashSet<>(passages(report.draft()));
        report.latestVersion().ifPresent(v -> all.addAll(passages(v.content())));
        return List.copyOf(all);
    }

    private static List<Passage> passages(ReportContent c) {
        List<Passage> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        if (c.header() != null) {
            ReportHeader h = c.header();
            List<String> parts = new ArrayList<>(Arrays.asList(h.numberSymbol(), h.place(), h.signerName()));
            if (h.recipients() != null) {
                parts.addAll(h.recipients());
            }
            add(out, "header", String.join("; ", parts.stream().filter(s -> s != null && !s.isBlank()).toList()));
        }
        if (c.sections() != null) {
            c.sections().stream().filter(s -> s != null).forEach(s -> add(out, s.code(), s.text()));
        }
        if (c.indicators() != null) {
            for (IndicatorValue v : c.indicators()) {
                if (v != null) {
                    add(out, "indicators", v.text());
                    add(out, "indicators", v.note());
                }
            }
        }
        notes(out, "difficulties", c.difficulties());
        notes(out, "causes", c.causes());
        if (c.recommendations() != null) {
            for (Recommendation r : c.recommendations()) {
                if (r != null) {
                    add(out, "recommendations", r.addressee() == null ? r.text() : r.addressee() + ": " + r.text());
                }
            }
        }
        return out;
    }

    private static void notes(List<Passage> out, String part, List<ReportNote> notes) {
        if (notes != null) {
            notes.stream().filter(n -> n != null).forEach(n -> add(out, part, n.text()));
        }
    }

    private static void add(List<Passage> out, String part, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Passage(part == null ? "" : part, text));
        }
    }

    /** The original text around the first whole-word occurrence of a folded word, cut at spaces. */
    static Optional<String> snippet(String text, String word) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String f = TextFolding.fold(new String(Character.toChars(cp)));
            for (int k = 0; k < f.length(); k++) {
                if (folded.length() >= origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = i;
                folded.append(f.charAt(k));
            }
            i += Character.charCount(cp);
        }
        int at = wordAt(folded, word);
        if (at < 0) {
            return Optional.empty();
        }
        int start = origin[at];
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(text.length(), start + AFTER);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= start ? from : space + 1;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space <= start ? to : space;
        }
        return Optional.of((from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : ""));
    }

    private static int wordAt(CharSequence folded, String word) {
        String haystack = folded.toString();
        for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end))
                    || word.length() == MAX_WORD;
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }
}
