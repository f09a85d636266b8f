package vn.nq57.reportimport;

import java.util.List;

/**
 * What an import maps a document onto: the round's outline (đề cương) and its indicator catalogue.
 * The caller supplies both, so this library does not depend on any service's model.
 */
public record ImportProfile(List<OutlineEntry> outline, List<CatalogueIndicator> catalogue) {

    public ImportProfile {
        outline = outline == null ? List.of() : List.copyOf(outline);
        catalogue = catalogue == null ? List.of() : List.copyOf(catalogue);
    }

    /**
     * One outline section, e.g. {@code I.1.2} "Ban hành văn bản chỉ đạo, kế hoạch triển khai".
     *
     * @param code     dotted code; the parent of {@code I.1.2} is {@code I.1}
     * @param guidance what the section is expected to contain (used as a weaker hint)
     */
    public record OutlineEntry(String code, String title, String guidance) {
    }

    /**
     * One catalogue indicator (chỉ tiêu).
     *
     * @param unit  the measure word the catalogue counts in ("lượt", "tin bài", "%")
     * @param kind  COUNT, RATIO or PERCENTAGE
     * @param cues  vocabulary: phrases that name the indicator in running text (accents optional);
     *              empty means "derive from name and unit", see {@link IndicatorCues}
     */
    public record CatalogueIndicator(String code, String name, String unit, Kind kind, List<String> cues) {

        public CatalogueIndicator {
            cues = cues == null ? List.of() : List.copyOf(cues);
        }

        public enum Kind { COUNT, RATIO, PERCENTAGE }
    }
}
