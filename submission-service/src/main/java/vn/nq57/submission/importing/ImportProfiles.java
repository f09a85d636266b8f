package vn.nq57.submission.importing;

import java.util.List;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.reportimport.ImportProfile;
import vn.nq57.reportimport.ImportProfile.CatalogueIndicator;
import vn.nq57.reportimport.ImportProfile.OutlineEntry;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.Template;

/** The importer's view of a round: its outline (đề cương) and indicator catalogue. */
final class ImportProfiles {

    private ImportProfiles() {
    }

    static ImportProfile of(RoundEntity round) {
        List<OutlineEntry> outline = Template.flatten(round.outline()).stream()
                .map(s -> new OutlineEntry(s.code(), s.title(), s.guidance())).toList();
        List<CatalogueIndicator> catalogue = (round.indicators() == null ? List.<IndicatorDefinition>of() : round.indicators())
                .stream().filter(d -> d.kind() != IndicatorKind.TEXT)
                .map(d -> new CatalogueIndicator(d.code(), d.name(), d.unitOfMeasure(), kind(d.kind()), List.of()))
                .toList();
        return new ImportProfile(outline, catalogue);
    }

    /** An amount (money) is read like a count: a plain number of the text. */
    private static CatalogueIndicator.Kind kind(IndicatorKind kind) {
        return switch (kind) {
            case RATIO -> CatalogueIndicator.Kind.RATIO;
            case PERCENTAGE -> CatalogueIndicator.Kind.PERCENTAGE;
            default -> CatalogueIndicator.Kind.COUNT;
        };
    }
}
