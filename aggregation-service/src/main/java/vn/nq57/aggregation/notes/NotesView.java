package vn.nq57.aggregation.notes;

import java.util.List;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;

/**
 * Difficulties (khó khăn), causes (nguyên nhân) and recommendations (kiến nghị) of a round's reports.
 *
 * @param difficulties              grouped by the theme their text matches in the catalogue (OTHER last)
 * @param causes                    grouped the same way
 * @param recommendationsByAddressee grouped by normalised addressee ("UBND TP" is "UBND thành phố")
 * @param recommendationsByTheme    grouped by theme
 */
public record NotesView(UUID roundId, Basis basis, List<NoteGroup> difficulties, List<NoteGroup> causes,
        List<NoteGroup> recommendationsByAddressee, List<NoteGroup> recommendationsByTheme) {

    /**
     * One theme or addressee and what was written under it; key null when the units gave no addressee.
     *
     * @param key   the theme code (OTHER when no keyword matched) or the addressee's canonical name
     * @param label the theme's Vietnamese label, or the addressee again
     */
    public record NoteGroup(String key, String label, int unitCount, List<NoteItem> items) {
    }

    /**
     * One text (identical texts, ignoring accents and case, merged) and the units that wrote it.
     *
     * @param theme the catalogue theme its text matched
     */
    public record NoteItem(String text, String theme, String addressee, List<UnitRef> units) {
    }

    public record UnitRef(String code, String name) {
    }
}
