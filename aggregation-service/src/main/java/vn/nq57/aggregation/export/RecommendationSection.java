package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.heading;
import static vn.nq57.aggregation.export.DocxParts.subheading;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.nq57.aggregation.notes.NotesView.NoteGroup;

/**
 * V. Kiến nghị, đề xuất: grouped by the addressee's canonical name from the alias table ("UBND TP" and
 * "thành phố" are "UBND thành phố", "Sở KH&CN" is "Sở Khoa học và Công nghệ").
 */
final class RecommendationSection {

    private RecommendationSection() {
    }

    static void write(XWPFDocument doc, ExportData data) {
        heading(doc, "V. KIẾN NGHỊ, ĐỀ XUẤT");
        if (data.notes().recommendationsByAddressee().isEmpty()) {
            body(doc, "Các đơn vị không có kiến nghị, đề xuất.");
            return;
        }
        int n = 1;
        for (NoteGroup group : data.notes().recommendationsByAddressee()) {
            subheading(doc, n++ + ". " + (group.key() == null ? "Kiến nghị chung" : "Đối với " + group.key()) + " ("
                    + group.unitCount() + " đơn vị):");
            DifficultySection.items(doc, group);
        }
    }
}
