package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.heading;
import static vn.nq57.aggregation.export.DocxParts.subheading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.nq57.aggregation.notes.NotesView.NoteGroup;
import vn.nq57.aggregation.notes.NotesView.NoteItem;

/**
 * III. Khó khăn, vướng mắc và nguyên nhân: one group per theme of the catalogue (in the order the
 * difficulties rank them, themes with only causes after), its difficulties and then its causes.
 */
final class DifficultySection {

    private DifficultySection() {
    }

    static void write(XWPFDocument doc, ExportData data) {
        heading(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN");
        Map<String, List<NoteGroup>> byTheme = new LinkedHashMap<>();
        data.notes().difficulties().forEach(g -> byTheme.computeIfAbsent(g.key(), k -> new ArrayList<>(2)).add(g));
        Map<String, NoteGroup> causes = new LinkedHashMap<>();
        data.notes().causes().forEach(g -> {
            causes.put(g.key(), g);
            byTheme.computeIfAbsent(g.key(), k -> new ArrayList<>(2));
        });
        if (byTheme.isEmpty()) {
            body(doc, "Các đơn vị không báo cáo khó khăn, vướng mắc.");
            return;
        }
        body(doc, "Khó khăn, vướng mắc các đơn vị nêu, theo nhóm vấn đề:");
        int n = 1;
        for (Map.Entry<String, List<NoteGroup>> theme : byTheme.entrySet()) {
            List<NoteGroup> difficulties = theme.getValue();
            NoteGroup cause = causes.get(theme.getKey());
            Set<String> units = new LinkedHashSet<>();
            String label = null;
            for (NoteGroup g : difficulties) {
                label = g.label();
                g.items().forEach(i -> i.units().forEach(u -> units.add(u.code())));
            }
            if (cause != null) {
                label = label == null ? cause.label() : label;
                cause.items().forEach(i -> i.units().forEach(u -> units.add(u.code())));
            }
            subheading(doc, n++ + ". " + label + " (" + units.size() + " đơn vị)");
            if (!difficulties.isEmpty()) {
                body(doc, "a) Khó khăn, vướng mắc:");
                difficulties.forEach(g -> items(doc, g));
            }
            if (cause != null) {
                body(doc, (difficulties.isEmpty() ? "a" : "b") + ") Nguyên nhân:");
                items(doc, cause);
            }
        }
    }

    static void items(XWPFDocument doc, NoteGroup group) {
        for (NoteItem item : group.items()) {
            body(doc, "- " + item.text() + " (" + units(item) + ").");
        }
    }

    static String units(NoteItem item) {
        return item.units().stream().map(u -> u.name()).collect(Collectors.joining(", "));
    }
}
