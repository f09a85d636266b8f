package vn.nq57.reportimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How an indicator is recognised in running text. Cue syntax (accents optional, case ignored):
 * <ul>
 *   <li>{@code need:a|b} — one of these phrases must occur in the figure's sentence (every
 *       {@code need} group must be met);</li>
 *   <li>{@code near:a|b} — like need, but within four words after the figure;</li>
 *   <li>{@code not:a|b} — the indicator is ruled out when one occurs in the sentence;</li>
 *   <li>{@code notnear:a|b} — ruled out when one occurs within four words after the figure;</li>
 *   <li>{@code unit:a|b} — measure words written right after the figure;</li>
 *   <li>anything else — a phrase that adds evidence.</li>
 * </ul>
 * Without cues, the indicator's unit and the content words of its name are used.
 */
record IndicatorCues(List<List<String>> need, List<List<String>> near, List<String> not, List<String> notNear,
        List<String> units, List<String> boost) {

    private static final Set<String> NAME_STOP = Set.of("so", "cac", "va", "cua", "ve", "tren", "duoc", "da", "ty", "le",
            "nghi", "quyet", "57", "nq", "tw", "luot", "nguoi", "thanh", "tu");

    static IndicatorCues of(ImportProfile.CatalogueIndicator indicator) {
        List<String> cues = indicator.cues().isEmpty() ? CityCatalogue.cues(indicator.code()) : indicator.cues();
        if (cues.isEmpty()) {
            cues = derived(indicator);
        }
        List<List<String>> need = new ArrayList<>();
        List<List<String>> near = new ArrayList<>();
        List<String> not = new ArrayList<>();
        List<String> notNear = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> boost = new ArrayList<>();
        for (String cue : cues) {
            int colon = cue.indexOf(':');
            String kind = colon < 0 ? "" : cue.substring(0, colon);
            List<String> phrases = Arrays.stream((colon < 0 ? cue : cue.substring(colon + 1)).split("\\|"))
                    .map(Fold::phrase).filter(p -> !p.isEmpty()).toList();
            switch (kind) {
                case "need" -> need.add(phrases);
                case "near" -> near.add(phrases);
                case "not" -> not.addAll(phrases);
                case "notnear" -> notNear.addAll(phrases);
                case "unit" -> units.addAll(phrases);
                default -> boost.addAll(phrases);
            }
        }
        if (units.isEmpty() && indicator.unit() != null && !indicator.unit().isBlank()) {
            units.add(Fold.phrase(indicator.unit()));
        }
        return new IndicatorCues(need, near, not, notNear, units, boost);
    }

    /** A catalogue entry without cues: its unit, and its name's content word pairs as evidence (one of them needed). */
    private static List<String> derived(ImportProfile.CatalogueIndicator indicator) {
        String[] words = Fold.phrase(indicator.name()).split(" ");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (!NAME_STOP.contains(words[i]) && !NAME_STOP.contains(words[i + 1])) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
        }
        List<String> cues = new ArrayList<>();
        if (!pairs.isEmpty()) {
            cues.add("need:" + String.join("|", pairs));
        }
        cues.addAll(pairs);
        return cues;
    }
}
