package vn.nq57.aggregation.notes;

import jakarta.enterprise.context.ApplicationScoped;
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
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.text.VietnameseText;

@ApplicationScoped
public class NotesService {

    /** A note of one unit before grouping. */
    private record Raw(String text, String theme, String addressee, UnitView unit) {
    }

    public NotesView notes(RoundContext ctx, Basis basis, String onlyUnit) {
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
            addNotes(report.difficulties(), unit, difficulties);
            addNotes(report.causes(), unit, causes);
            if (report.recommendations() != null) {
                for (Recommendation r : report.recommendations()) {
                    if (r.text() != null && !r.text().isBlank()) {
                        recommendations.add(new Raw(clean(r.text()), clean(r.theme()), clean(r.addressee()), unit));
                    }
                }
            }
        }
        return new NotesView(ctx.round().roundId(), basis, group(difficulties, Raw::theme),
                group(causes, Raw::theme), group(recommendations, Raw::addressee), group(recommendations, Raw::theme));
    }

    private static void addNotes(List<ReportNote> notes, UnitView unit, List<Raw> into) {
        if (notes == null) {
            return;
        }
        for (ReportNote note : notes) {
            if (note.text() != null && !note.text().isBlank()) {
                into.add(new Raw(clean(note.text()), clean(note.theme()), null, unit));
            }
        }
    }

    private static List<NoteGroup> group(List<Raw> raws, Function<Raw, String> key) {
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
            groups.add(new NoteGroup(keyNames.get(groupKey), groupUnits.size(), items));
        });
        groups.sort(Comparator.comparingInt((NoteGroup g) -> -g.unitCount())
                .thenComparing(g -> g.key() == null ? "\uffff" : VietnameseText.fold(g.key())));
        return groups;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : VietnameseText.nfc(text.strip());
    }
}
