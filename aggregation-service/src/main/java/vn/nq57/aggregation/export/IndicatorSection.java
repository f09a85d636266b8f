package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.TEXT_WIDTH;
import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.cell;
import static vn.nq57.aggregation.export.DocxParts.heading;
import static vn.nq57.aggregation.export.DocxParts.setWidths;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.rollup.Comparison.IndicatorComparison;
import vn.nq57.aggregation.rollup.Comparison.TypeTotal;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.RollupTotal;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.UnitType;

/**
 * II. Kết quả thực hiện các chỉ tiêu: each total with its qualifier ("trên 228 buổi"), ratios as
 * "5.010/5.092 (98,39%)", estimates marked, the units that reported; then the table by unit type.
 */
final class IndicatorSection {

    private IndicatorSection() {
    }

    static void write(XWPFDocument doc, ExportData data) {
        heading(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        int n = 1;
        for (IndicatorRollup indicator : data.rollup().indicators()) {
            String reported = indicator.reportedBy() + "/" + indicator.required() + " đơn vị báo cáo";
            if (indicator.total() == null) {
                body(doc, n++ + ". " + indicator.name() + ": chi tiết tại Phụ lục (" + reported + ").");
                continue;
            }
            String estimate = indicator.total().estimate() ? "số liệu ước tính; " : "";
            body(doc, n++ + ". " + indicator.name() + ": " + figure(indicator.total(), indicator) + " (" + estimate
                    + reported + ").");
        }
        byUnitType(doc, data);
    }

    /** "trên 228 buổi", "5.010/5.092 (98,39%)": the figure with its qualifier and unit of measure. */
    static String figure(RollupTotal total, IndicatorRollup indicator) {
        String uom = indicator.unitOfMeasure() == null || "%".equals(indicator.unitOfMeasure()) ? ""
                : " " + indicator.unitOfMeasure();
        return VietnameseFormat.total(total, indicator.kind()) + uom + (total.estimate() ? " (ước)" : "");
    }

    private static void byUnitType(XWPFDocument doc, ExportData data) {
        List<IndicatorComparison> rows = data.comparison().indicators().stream()
                .filter(i -> !i.byUnitType().isEmpty() && i.kind() != IndicatorKind.TEXT).toList();
        if (rows.isEmpty()) {
            return;
        }
        List<UnitType> types = rows.get(0).byUnitType().stream().map(TypeTotal::unitType).toList();
        body(doc, "Kết quả theo loại đơn vị (số liệu; số đơn vị báo cáo/số đơn vị):");
        XWPFTable table = doc.createTable(rows.size() + 1, 1 + types.size());
        cell(table.getRow(0), 0, "Chỉ tiêu", true);
        for (int t = 0; t < types.size(); t++) {
            cell(table.getRow(0), 1 + t, VietnameseFormat.unitType(types.get(t)), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            IndicatorComparison indicator = rows.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            cell(row, 0, indicator.name() + (indicator.unitOfMeasure() == null ? "" : " (" + indicator.unitOfMeasure()
                    + ")"), false);
            for (int t = 0; t < types.size(); t++) {
                UnitType type = types.get(t);
                TypeTotal total = indicator.byUnitType().stream().filter(x -> x.unitType() == type).findFirst()
                        .orElse(null);
                cell(row, 1 + t, total == null ? "" : (total.total() == null ? "–"
                        : VietnameseFormat.total(total.total(), indicator.kind())
                                + (total.total().estimate() ? " (ước)" : "")) + " (" + total.reportedBy() + "/"
                        + total.required() + ")", false);
            }
        }
        int[] widths = new int[1 + types.size()];
        widths[0] = TEXT_WIDTH * 2 / 5;
        for (int t = 0; t < types.size(); t++) {
            widths[1 + t] = (TEXT_WIDTH - widths[0]) / types.size();
        }
        setWidths(table, widths);
    }
}
