package vn.nq57.submission.template;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.contracts.events.IndicatorDefinition;

/** An outline and an indicator catalogue that a round can adopt. */
public record Template(String name, List<OutlineSection> outline, List<IndicatorDefinition> indicators) {

    /** Every section of an outline tree, depth first. */
    public static List<OutlineSection> flatten(List<OutlineSection> outline) {
        List<OutlineSection> all = new ArrayList<>();
        if (outline != null) {
            for (OutlineSection section : outline) {
                if (section != null) {
                    all.add(section);
                    all.addAll(flatten(section.childrenOrEmpty()));
                }
            }
        }
        return all;
    }
}
