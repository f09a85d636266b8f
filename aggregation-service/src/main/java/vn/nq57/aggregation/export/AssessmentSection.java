package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.heading;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** IV. Đánh giá chung: from the general assessment the units wrote (section II of the city's outline). */
final class AssessmentSection {

    private AssessmentSection() {
    }

    static void write(XWPFDocument doc, ConsolidatedReport report) {
        heading(doc, "IV. ĐÁNH GIÁ CHUNG");
        if (report.narrative().generalAssessment() == null) {
            body(doc, "Các đơn vị chưa gửi phần đánh giá chung.");
            return;
        }
        NarrativeSection.synthesis(doc, report.narrative().generalAssessment(),
                report.data().matrix().units().size(), "có đánh giá chung");
    }
}
