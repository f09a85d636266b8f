package vn.nq57.reportimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a source heading onto the round's outline by meaning: shared words and word pairs, shared
 * concepts ({@link Concepts}), a little from the section's guidance, a small bonus when the
 * numbering agrees, and a preference for the part of the outline the parent heading mapped to.
 */
final class SectionMapper {

    private static final Set<String> STOP = Set.of("va", "cua", "cac", "trong", "tren", "ve", "voi", "cho", "de",
            "theo", "tai", "la", "da", "duoc", "nhung", "mot", "so", "the", "nay", "khi", "tu", "den", "co",
            "nam", "neu", "lien", "quan", "cong", "tac", "nghi", "quyet", "57", "nq", "tw", "bo", "chinh", "tri");
    private static final double MIN_SCORE = 0.06;

    record Mapping(ImportProfile.OutlineEntry entry, double confidence) {
    }

    private record Target(ImportProfile.OutlineEntry entry, Map<String, Double> title, Map<String, Double> guidance) {
    }

    private final List<Target> targets;
    /** How many outline sections use a word or word pair: words every section uses say little. */
    private final Map<String, Integer> sectionsUsing = new HashMap<>();

    SectionMapper(List<ImportProfile.OutlineEntry> outline) {
        this.targets = outline.stream()
                .map(e -> new Target(e, withGuidanceConcepts(features(Fold.phrase(e.title())), e.guidance()),
                        e.guidance() == null ? Map.of() : features(Fold.phrase(e.guidance()))))
                .toList();
        for (Target t : targets) {
            Set<String> keys = new HashSet<>(t.title.keySet());
            keys.addAll(t.guidance.keySet());
            keys.stream().filter(k -> !k.startsWith("c:")).forEach(k -> sectionsUsing.merge(k, 1, Integer::sum));
        }
    }

    /** What a section's guidance is about counts as part of its title ("Số buổi phát thanh" makes a section about radio). */
    private static Map<String, Double> withGuidanceConcepts(Map<String, Double> title, String guidance) {
        if (guidance == null) {
            return title;
        }
        Map<String, Double> merged = new HashMap<>(title);
        Concepts.of(Fold.phrase(guidance)).forEach(c -> merged.putIfAbsent("c:" + c, 2.0));
        return merged;
    }

    private double specificity(String key) {
        int using = sectionsUsing.getOrDefault(key, 1);
        return 1.0 / (1.0 + 0.5 * (using - 1));
    }

    /**
     * @param foldedTitle the heading's title, folded
     * @param path        the document's own numbering path ("I.2.1"), compared with outline codes
     * @param parent      what the enclosing heading mapped to, or null
     */
    Mapping map(String foldedTitle, int level, String path, ImportProfile.OutlineEntry parent, boolean ocr) {
        Map<String, Double> heading = features(foldedTitle, ocr);
        Target best = null;
        double bestScore = 0;
        for (Target target : targets) {
            double score = Math.max(dice(heading, target.title), 0.8 * dice(heading, merge(target.title, target.guidance)));
            score = placeInTree(score, target.entry.code(), parent);
            if (depth(target.entry.code()) > level + 1) {
                score *= 0.65;
            }
            if (target.entry.code().equals(path)) {
                score += 0.12;
            }
            if (score > bestScore) {
                bestScore = score;
                best = target;
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            return parent == null ? null : new Mapping(parent, 0.3);
        }
        return new Mapping(best.entry, Math.min(0.98, 0.35 + bestScore));
    }

    /** A sub-heading stays in its parent's part of the outline, and is more specific than its parent unless that is a leaf. */
    private double placeInTree(double score, String code, ImportProfile.OutlineEntry parent) {
        if (parent == null) {
            return score;
        }
        String p = parent.code();
        if (code.equals(p)) {
            return isLeaf(p) ? score + 0.08 : score * 0.7;
        }
        if (code.startsWith(p + ".")) {
            return score + 0.1;
        }
        int dot = p.lastIndexOf('.');
        String grand = dot < 0 ? null : p.substring(0, dot);
        if (grand != null && code.startsWith(grand + ".")) {
            return score * 0.9;
        }
        return score * 0.8;
    }

    private boolean isLeaf(String code) {
        return targets.stream().noneMatch(t -> t.entry.code().startsWith(code + "."));
    }

    private static int depth(String code) {
        return code.split("\\.").length;
    }

    /**
     * Words (1), word pairs (1.5), the first content pair as the heading's head (3.5: Vietnamese
     * headings put the head noun first, "Kết quả …", "Đánh giá …") and concepts (3).
     */
    static Map<String, Double> features(String folded) {
        return features(folded, false);
    }

    static Map<String, Double> features(String folded, boolean ocr) {
        Map<String, Double> features = new HashMap<>();
        String[] words = folded.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!STOP.contains(words[i]) && !STOP.contains(words[i + 1])) {
                features.put("h:" + words[i] + " " + words[i + 1], 3.5);
                break;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() > 1 && !STOP.contains(words[i])) {
                features.put("w:" + words[i], 1.0);
            }
            if (i + 1 < words.length && !(STOP.contains(words[i]) && STOP.contains(words[i + 1]))) {
                features.put("b:" + words[i] + " " + words[i + 1], 1.5);
            }
        }
        for (String concept : Concepts.of(folded, ocr)) {
            features.put("c:" + concept, 3.0);
        }
        if (features.containsKey("c:" + Concepts.FORWARD)) {
            features.putIfAbsent("c:" + Concepts.RECOMMENDATION, 3.0);
        }
        return features;
    }

    private static Map<String, Double> merge(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> merged = new HashMap<>(a);
        b.forEach((k, v) -> merged.merge(k, v * 0.8, Math::max));
        return merged;
    }

    private double dice(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double shared = 0;
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, Double> f : a.entrySet()) {
            Double w = b.get(f.getKey());
            if (w == null && f.getKey().startsWith("w:")) {
                w = fuzzy(f.getKey(), b, used);
            }
            if (w != null) {
                shared += Math.min(w, f.getValue()) * specificity(f.getKey());
            }
        }
        return 2 * shared / (sum(a) + sum(b));
    }

    /** OCR tolerance: a word of four or more letters matches a word one edit away. */
    private static Double fuzzy(String key, Map<String, Double> other, Set<String> used) {
        String word = key.substring(2);
        if (word.length() < 4) {
            return null;
        }
        for (Map.Entry<String, Double> f : other.entrySet()) {
            if (f.getKey().startsWith("w:") && !used.contains(f.getKey()) && oneEdit(word, f.getKey().substring(2))) {
                used.add(f.getKey());
                return f.getValue() * 0.8;
            }
        }
        return null;
    }

    static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) != b.charAt(j)) {
                if (++edits > 1) {
                    return false;
                }
                if (a.length() > b.length()) {
                    i++;
                } else if (b.length() > a.length()) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private double sum(Map<String, Double> features) {
        return features.entrySet().stream().mapToDouble(e -> e.getValue() * specificity(e.getKey())).sum();
    }
}
