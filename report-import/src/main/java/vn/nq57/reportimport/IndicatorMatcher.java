package vn.nq57.reportimport;

import java.util.List;

/**
 * Picks the catalogue indicator a quantity reports, from the words around it in its sentence: the
 * measure word right after it, the phrases its cues name (nearer counts more, after the figure
 * counts more than before, as Vietnamese puts the counted noun after the number), and the cues'
 * requirements and exclusions. The indicator's kind must fit the figure: a percentage for a
 * PERCENTAGE indicator, a ratio or percentage for a RATIO indicator, a count otherwise.
 */
final class IndicatorMatcher {

    static final double THRESHOLD = 1.2;
    private static final int NEAR_WORDS = 4;
    /** Words that say what is counted; a different one right after the figure speaks against an indicator. */
    static final List<String> MEASURE_WORDS = List.of("luot nguoi", "tin bai", "thanh vien", "van ban", "hoi nghi",
            "san pham", "thiet bi", "man hinh", "ho so", "can bo", "co quan", "don vi", "chi bo", "doanh nghiep",
            "tai khoan", "cong van", "ke hoach", "chuyen muc", "nhiem vu", "nguoi", "luot", "buoi", "cum", "tin",
            "bai", "to", "thon", "dot", "lop", "cuoc", "video", "nam", "thang", "ngay", "ho", "cap", "km", "gio",
            "phut", "may", "dem", "khoa", "hoc vien", "mo hinh", "diem", "xa", "phuong");

    record Candidate(ImportProfile.CatalogueIndicator indicator, double score) {
    }

    private record Entry(ImportProfile.CatalogueIndicator indicator, IndicatorCues cues) {
    }

    private final List<Entry> entries;

    IndicatorMatcher(List<ImportProfile.CatalogueIndicator> catalogue) {
        this.entries = catalogue.stream().map(i -> new Entry(i, IndicatorCues.of(i))).toList();
    }

    /**
     * @param sentence  the folded sentence text
     * @param before    words before the figure (to the sentence start or the previous figure), nearest first
     * @param after     words after the figure (to the sentence end or the next figure), nearest first
     */
    Candidate best(Figure figure, String sentence, Window before, Window after, boolean ocr) {
        Candidate best = null;
        Window whole = Window.of(" " + sentence + " ", 0, sentence.length() + 2, true, ocr);
        for (Entry entry : entries) {
            if (!fits(entry.indicator.kind(), figure)) {
                continue;
            }
            double score = score(entry.cues, whole, before, after);
            if (score >= 0) {
                // a percentage or ratio already carries its unit in its form; a count needs its measure word
                score += entry.indicator.kind() == ImportProfile.CatalogueIndicator.Kind.COUNT
                        ? unitScore(entry.cues.units(), after) : 1.0;
            }
            if (score >= THRESHOLD && (best == null || score > best.score)) {
                best = new Candidate(entry.indicator, score);
            }
        }
        return best;
    }

    private static boolean fits(ImportProfile.CatalogueIndicator.Kind kind, Figure figure) {
        return switch (kind) {
            case PERCENTAGE -> figure.isPercentage();
            case RATIO -> figure.qualifier() == Qualifier.RATIO || figure.isPercentage();
            case COUNT -> figure.qualifier() != Qualifier.RATIO && !figure.isPercentage();
        };
    }

    /** Evidence for an indicator, or -1 when a requirement is unmet or an exclusion applies. */
    private static double score(IndicatorCues cues, Window sentence, Window before, Window after) {
        for (List<String> group : cues.need()) {
            if (group.stream().noneMatch(p -> sentence.distance(p, false) >= 0)) {
                return -1;
            }
        }
        if (cues.not().stream().anyMatch(p -> sentence.distance(p, false) >= 0)) {
            return -1;
        }
        if (cues.notNear().stream().anyMatch(p -> within(after.distance(p, false), NEAR_WORDS))) {
            return -1;
        }
        double score = 0;
        for (List<String> group : cues.near()) {
            int nearest = group.stream().mapToInt(p -> after.distance(p, false)).filter(d -> d >= 0).min().orElse(-1);
            if (!within(nearest, NEAR_WORDS)) {
                return -1;
            }
            score += 1.0;
        }
        for (List<String> group : cues.need()) {
            score += 0.5 * group.stream().mapToDouble(p -> evidence(p, before, after)).max().orElse(0);
        }
        for (String phrase : cues.boost()) {
            score += 0.6 * evidence(phrase, before, after);
        }
        return score;
    }

    /** +1 when the measure word is one of the indicator's units, -0.8 when it is another known measure word. */
    private static double unitScore(List<String> units, Window after) {
        String head = after.head(3);
        for (String unit : units) {
            if ((head + " ").startsWith(unit + " ")) {
                return 1.0;
            }
        }
        String measure = measureWord(head);
        return measure != null && !units.isEmpty() ? -0.8 : 0;
    }

    static String measureWord(String head) {
        for (String word : MEASURE_WORDS) {
            if ((head + " ").startsWith(word + " ")) {
                return word;
            }
        }
        return null;
    }

    private static double evidence(String phrase, Window before, Window after) {
        double a = proximity(after.distance(phrase, false));
        double b = 0.8 * proximity(before.distance(phrase, true));
        return Math.max(a, b);
    }

    private static double proximity(int distance) {
        if (distance < 0) {
            return 0;
        }
        return distance <= 2 ? 1.0 : distance <= 5 ? 0.8 : distance <= 10 ? 0.55 : distance <= 20 ? 0.35 : 0.2;
    }

    private static boolean within(int distance, int limit) {
        return distance >= 0 && distance < limit;
    }
}
