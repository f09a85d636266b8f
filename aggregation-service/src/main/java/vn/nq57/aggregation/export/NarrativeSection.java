package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.heading;
import static vn.nq57.aggregation.export.DocxParts.quote;
import static vn.nq57.aggregation.export.DocxParts.subheading;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.narrative.ExcerptRule.Excerpt;
import vn.nq57.aggregation.narrative.Narrative.SectionSynthesis;
import vn.nq57.contracts.events.UnitType;

/**
 * I. Tình hình triển khai: per outline section the units wrote, how many units reported on it, then the
 * excerpts {@link vn.nq57.aggregation.narrative.ExcerptRule} chose, each attributed to its unit.
 */
final class NarrativeSection {

    private NarrativeSection() {
    }

    static void write(XWPFDocument doc, ConsolidatedReport report) {
        heading(doc, "I. TÌNH HÌNH TRIỂN KHAI");
        if (report.narrative().sections().isEmpty()) {
            body(doc, "Các đơn vị chưa gửi nội dung báo cáo theo đề cương.");
            return;
        }
        int required = report.data().matrix().units().size();
        int n = 1;
        for (SectionSynthesis section : report.narrative().sections()) {
            subheading(doc, n++ + ". " + title(section));
            synthesis(doc, section, required, "báo cáo nội dung này");
        }
    }

    /** "Có 2/3 đơn vị báo cáo nội dung này (1 xã, 1 phường)." then the quotations. */
    static void synthesis(XWPFDocument doc, SectionSynthesis section, int required, String what) {
        String types = types(section.unitsByType());
        body(doc, "Có " + section.unitCount() + "/" + required + " đơn vị " + what
                + (types.isEmpty() ? "" : " (" + types + ")") + (section.excerpts().isEmpty() ? "." : "; nổi bật:"));
        for (Excerpt excerpt : section.excerpts()) {
            quote(doc, excerpt.unitName(), excerpt.text());
        }
    }

    static String title(SectionSynthesis section) {
        return section.title() == null || section.title().isBlank() ? "Mục " + section.code() : section.title();
    }

    /** "2 xã, 1 phường". */
    static String types(Map<UnitType, Integer> byType) {
        return byType.entrySet().stream()
                .map(e -> e.getValue() + " " + VietnameseFormat.unitType(e.getKey()).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
