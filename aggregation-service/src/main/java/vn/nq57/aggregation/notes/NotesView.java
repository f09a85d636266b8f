package vn.nq57.aggregation.notes;

import java.util.List;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;

/**
 * Difficulties (khó khăn), causes (nguyên nhân) and recommendations (kiến nghị) of a round's reports.
 *
 * @param difficulties              grouped by theme
 * @param causes                    grouped by theme
 * @param recommendationsByAddressee grouped by whom they are addressed to
 * @param recommendationsByTheme    grouped by theme
 */
public record NotesView(UUID roundId, Basis basis, List<NoteGroup> difficulties, List<NoteGroup> causes,
        List<NoteGroup> recommendationsByAddressee, List<NoteGroup> recommendationsByTheme) {

    /** One theme or addressee and what was written under it; key null when the units gave none. */
    public record NoteGroup(String key, int unitCount, List<NoteItem> items) {
    }

    /** One text (identical texts, ignoring accents and case, merged) and the units that wrote it. */
    public record NoteItem(String text, String theme, String addressee, List<UnitRef> units) {
    }

    public record UnitRef(String code, String name) {
    }
}
