package vn.nq57.aggregation.narrative;

import java.util.List;
import java.util.Map;
import vn.nq57.aggregation.narrative.ExcerptRule.Excerpt;
import vn.nq57.contracts.events.UnitType;

/**
 * What the units wrote, as the consolidated report synthesises it.
 *
 * @param sections          the narrative sections of the outline that at least one unit wrote, in outline order
 * @param generalAssessment the general assessment (Đánh giá chung), null when no unit wrote one
 */
public record Narrative(List<SectionSynthesis> sections, SectionSynthesis generalAssessment) {

    /**
     * One outline section: how many units wrote it (by unit type) and the excerpts {@link ExcerptRule} chose.
     *
     * @param unitsByType units that wrote it, by type (a unit whose type is not known yet counts in unitCount only)
     */
    public record SectionSynthesis(String code, String title, int unitCount, Map<UnitType, Integer> unitsByType,
            List<Excerpt> excerpts) {
    }
}
