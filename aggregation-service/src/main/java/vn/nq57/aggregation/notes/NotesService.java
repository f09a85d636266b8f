package vn.nq57.aggregation.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.notes.NotesView.NoteGroup;
import vn.nq57.aggregation.notes.NotesView.NoteItem;
import vn.nq57.aggregation.notes.NotesView.UnitRef;
import vn.nq57.aggregation.round.RoundContext;
import vn.nq57.aggregation.synthesis.AddresseeAliases;
import vn.nq57.aggregation.synthesis.CatalogueService;
import vn.nq57.aggregation.synthesis.Theme;
import vn.nq57.aggregation.synthesis.ThemeCatalogue;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.text.VietnameseText;

@ApplicationScoped
public class NotesService {

    static final String OTHER_LABEL = "Khác";

    /** A note of one unit before grouping. */
    private record Raw(String text, String theme, String addressee, UnitView unit) {
    }

    @Inject
    CatalogueService catalogues;

    /**
     * Groups the notes of the counted reports: difficulties, causes and recommendations by the theme
     * their text matches in the province's catalogue, recommendations also by normalised addressee.
     */
    public NotesView notes(RoundContext ctx, Basis basis, String onlyUnit) {
        ThemeCatalogue themes = catalogues.themes(ctx.round().issuerUnitCode()).catalogue();
        AddresseeAliases aliases = catalogues.aliases(ctx.round().issuerUnitCode()).catalogue();
        List<Raw> difficulties = new ArrayList<>();
        List<Raw> causes = new ArrayList<>();
        List<Raw> recommendations = new ArrayList<>();
        for (String code : ctx.required()) {
            if (onlyUnit != null && !onlyUnit.equals(code)) {
                continue;
            }
            ReportSnapshot report = ctx.counted().get(code);
            if (report == null) {
                continue;
            }
            UnitView unit = ctx.units().get(code);
            addNotes(report.difficulties(), unit, themes, difficulties);
            addNotes(report.causes(), unit, themes, causes);
            if (report.recommendations() != null) {
                for (Recommendation r : report.recommendations()) {
                    if (r.text() != null && !r.text().isBlank()) {
                        String text = clean(r.text());
                        recommendations.add(new Raw(text, themes.assign(text),
                                aliases.normalise(clean(r.addressee())), unit));
                    }
                }
            }
        }
        Function<String, String> themeLabel = code -> label(themes, code);
        return new NotesView(ctx.round().roundId(), basis, group(difficulties, Raw::theme, themeLabel),
                group(causes, Raw::theme, themeLabel), group(recommendations, Raw::addressee, Function.identity()),
                group(recommendations, Raw::theme, themeLabel));
    }

    private static String label(ThemeCatalogue themes, String code) {
        Theme theme = themes.theme(code);
        return theme == null ? OTHER_LABEL : theme.labelVi();
    }

    private static void addNotes(List<ReportNote> notes, UnitView unit, ThemeCatalogue themes, List<Raw> into) {
        if (notes == null) {
            return;
        }
        for (ReportNote note : notes) {
            if (note.text() != null && !note.text().isBlank()) {
                String text = clean(note.text());
                into.add(new Raw(text, themes.assign(text), null, unit));
            }
        }
    }

    private static List<NoteGroup> group(List<Raw> raws, Function<Raw, String> key, Function<String, String> label) {
        Map<String, String> keyNames = new LinkedHashMap<>();
        Map<String, Map<String, List<Raw>>> grouped = new LinkedHashMap<>();
        for (Raw raw : raws) {
            String name = key.apply(raw);
            String groupKey = name == null ? "" : VietnameseText.fold(name);
            keyNames.putIfAbsent(groupKey, name);
            grouped.computeIfAbsent(groupKey, k -> new LinkedHashMap<>())
                    .computeIfAbsent(VietnameseText.fold(raw.text()), k -> new ArrayList<>()).add(raw);
        }
        List<NoteGroup> groups = new ArrayList<>();
        grouped.forEach((groupKey, texts) -> {
            List<NoteItem> items = new ArrayList<>();
            Set<String> groupUnits = new LinkedHashSet<>();
            texts.values().forEach(same -> {
                Raw first = same.get(0);
                Map<String, UnitRef> units = new LinkedHashMap<>();
                same.forEach(r -> units.putIfAbsent(r.unit().code(), new UnitRef(r.unit().code(), r.unit().displayName())));
                groupUnits.addAll(units.keySet());
                items.add(new NoteItem(first.text(), first.theme(), first.addressee(), List.copyOf(units.values())));
            });
            items.sort(Comparator.comparingInt((NoteItem i) -> -i.units().size()));
            String name = keyNames.get(groupKey);
            groups.add(new NoteGroup(name, name == null ? null : label.apply(name), groupUnits.size(), items));
        });
        // Most units first; OTHER and "no addressee" last.
        groups.sort(Comparator.comparing((NoteGroup g) -> g.key() == null || ThemeCatalogue.OTHER.equals(g.key()))
                .thenComparingInt(g -> -g.unitCount())
                .thenComparing(g -> g.key() == null ? "\uffff" : VietnameseText.fold(g.key())));
        return groups;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.nfc(text.strip());
    }
}
