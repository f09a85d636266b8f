package vn.nq57.aggregation.narrative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.narrative.Narrative.SectionSynthesis;
import vn.nq57.aggregation.round.SectionRepository;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;

/** Synthesises the section texts of a round's counted versions: per section, who wrote it and what to quote. */
@ApplicationScoped
public class NarrativeService {

    /** Excerpts quoted under a narrative section. */
    static final int EXCERPTS_PER_SECTION = 3;
    /** Excerpts quoted under the general assessment. */
    static final int ASSESSMENT_EXCERPTS = 5;

    @Inject
    SectionRepository sections;
    @Inject
    UnitRepository units;

    public Narrative narrative(RoundSnapshot round, Basis basis) {
        List<String> required = round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
        Map<String, List<ReportSection>> byUnit = sections.sections(round.roundId(), basis);
        byUnit.keySet().retainAll(required);
        return synthesise(byUnit, units.byCodes(required), required);
    }

    /** The synthesis of these texts; units in the round's order. */
    static Narrative synthesise(Map<String, List<ReportSection>> byUnit, Map<String, UnitView> unitViews,
            List<String> order) {
        Map<String, String> titles = new TreeMap<>(OutlineCodes.ORDER);
        Map<String, List<ExcerptRule.Source>> sources = new LinkedHashMap<>();
        for (String code : order) {
            UnitView unit = unitViews.getOrDefault(code, UnitView.unknown(code));
            for (ReportSection section : byUnit.getOrDefault(code, List.of())) {
                if (section.text() == null || section.text().isBlank()) {
                    continue;
                }
                titles.merge(section.code(), section.title() == null ? "" : section.title(),
                        (a, b) -> a.isEmpty() ? b : a);
                sources.computeIfAbsent(section.code(), c -> new ArrayList<>())
                        .add(new ExcerptRule.Source(code, unit.displayName(), section.text()));
            }
        }
        List<SectionSynthesis> narrative = new ArrayList<>();
        SectionSynthesis assessment = null;
        for (Map.Entry<String, String> section : titles.entrySet()) {
            List<ExcerptRule.Source> written = sources.get(section.getKey());
            switch (SectionRole.of(section.getValue())) {
                case NARRATIVE -> narrative.add(synthesis(section, written, unitViews, EXCERPTS_PER_SECTION));
                case GENERAL_ASSESSMENT -> assessment = assessment != null ? assessment
                        : synthesis(section, written, unitViews, ASSESSMENT_EXCERPTS);
                case LISTED -> {
                    // reported as lists in sections III and V
                }
            }
        }
        return new Narrative(narrative, assessment);
    }

    private static SectionSynthesis synthesis(Map.Entry<String, String> section, List<ExcerptRule.Source> written,
            Map<String, UnitView> unitViews, int excerpts) {
        Map<UnitType, Integer> byType = new EnumMap<>(UnitType.class);
        for (ExcerptRule.Source source : written) {
            UnitView unit = unitViews.get(source.unitCode());
            if (unit != null && unit.type() != null) {
                byType.merge(unit.type(), 1, Integer::sum);
            }
        }
        return new SectionSynthesis(section.getKey(), section.getValue(), written.size(), byType,
                ExcerptRule.choose(written, excerpts));
    }
}
