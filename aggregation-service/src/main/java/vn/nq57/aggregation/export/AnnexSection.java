package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.BODY;
import static vn.nq57.aggregation.export.DocxParts.LANDSCAPE_WIDTH;
import static vn.nq57.aggregation.export.DocxParts.centered;
import static vn.nq57.aggregation.export.DocxParts.mmInt;
import static vn.nq57.aggregation.export.DocxParts.run;
import static vn.nq57.aggregation.export.DocxParts.setWidths;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.aggregation.round.StatusRow;

/** Phụ lục: every unit's figures, on A4 landscape. */
final class AnnexSection {

    /** Units per annex table: with the indicator and city columns, each figure keeps about 23 mm. */
    static final int ANNEX_UNITS_PER_TABLE = 6;

    private AnnexSection() {
    }

    /**
     * The annex on A4 landscape, turned: indicators as rows, units as columns, {@value #ANNEX_UNITS_PER_TABLE}
     * units per table, so every figure keeps a readable width however many indicators the round has.
     * Values with an outlier flag carry "*".
     */
    static void write(XWPFDocument doc, ExportData data) {
        centered(doc.createParagraph(), "PHỤ LỤC", BODY, true, false);
        centered(doc.createParagraph(), "Số liệu các chỉ tiêu của từng đơn vị", BODY, false, true);
        List<IndicatorRollup> indicators = data.rollup().indicators();
        List<StatusRow> units = data.matrix().units();
        Set<String> flagged = new HashSet<>();
        indicators.stream().filter(i -> i.flags() != null).forEach(i -> i.flags()
                .forEach(f -> flagged.add(f.unitCode() + "|" + f.indicatorCode())));
        int tables = Math.max(1, (units.size() + ANNEX_UNITS_PER_TABLE - 1) / ANNEX_UNITS_PER_TABLE);
        for (int t = 0; t < tables; t++) {
            List<StatusRow> chunk = units.subList(t * ANNEX_UNITS_PER_TABLE,
                    Math.min(units.size(), (t + 1) * ANNEX_UNITS_PER_TABLE));
            XWPFParagraph caption = doc.createParagraph();
            caption.setSpacingBefore(120);
            run(caption, "Bảng " + (t + 1) + "/" + tables + ": đơn vị " + (t * ANNEX_UNITS_PER_TABLE + 1) + "–"
                    + (t * ANNEX_UNITS_PER_TABLE + chunk.size()) + " (trên " + units.size() + ")", 13, false, true);
            annexTable(doc, indicators, chunk, t * ANNEX_UNITS_PER_TABLE, flagged);
        }
        if (!flagged.isEmpty()) {
            run(doc.createParagraph(), "(*) Giá trị khác xa các đơn vị cùng loại hoặc các kỳ trước của đơn vị, "
                    + "cần kiểm tra lại (chi tiết tại tệp XLSX, cột cảnh báo).", 13, false, true);
        }
    }

    private static void annexTable(XWPFDocument doc, List<IndicatorRollup> indicators, List<StatusRow> units,
            int offset, Set<String> flagged) {
        XWPFTable table = doc.createTable(indicators.size() + 3, 3 + units.size());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        annexCell(head, 0, "STT", true);
        annexCell(head, 1, "Chỉ tiêu", true);
        annexCell(head, 2, "Toàn thành phố", true);
        XWPFTableRow number = table.getRow(1);
        annexCell(number, 0, "", false);
        annexCell(number, 1, "Số thứ tự đơn vị", false);
        annexCell(number, 2, "", false);
        XWPFTableRow status = table.getRow(2);
        annexCell(status, 0, "", false);
        annexCell(status, 1, "Tình trạng", false);
        annexCell(status, 2, "", false);
        for (int u = 0; u < units.size(); u++) {
            annexCell(head, 3 + u, units.get(u).unitName(), true);
            annexCell(number, 3 + u, String.valueOf(offset + u + 1), false);
            annexCell(status, 3 + u, units.get(u).status().label(), false);
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRollup indicator = indicators.get(i);
            XWPFTableRow row = table.getRow(3 + i);
            annexCell(row, 0, String.valueOf(i + 1), false);
            annexCell(row, 1, indicator.name() + (indicator.unitOfMeasure() == null ? "" : " ("
                    + indicator.unitOfMeasure() + ")"), false);
            annexCell(row, 2, VietnameseFormat.total(indicator.total(), indicator.kind()), true);
            Map<String, UnitValue> byUnit = CsvExporter.byUnit(indicator);
            for (int u = 0; u < units.size(); u++) {
                UnitValue v = byUnit.get(units.get(u).unitCode());
                String value = v == null ? "" : VietnameseFormat.value(v, indicator.kind())
                        + (flagged.contains(v.unitCode() + "|" + indicator.code()) ? " *" : "");
                annexCell(row, 3 + u, value, false);
            }
        }
        int[] widths = new int[3 + units.size()];
        widths[0] = mmInt(12);
        widths[1] = mmInt(60);
        widths[2] = mmInt(32);
        int rest = LANDSCAPE_WIDTH - widths[0] - widths[1] - widths[2];
        for (int u = 0; u < units.size(); u++) {
            widths[3 + u] = rest / ANNEX_UNITS_PER_TABLE;
        }
        setWidths(table, widths);
    }

    /** Annex cells are 11 pt so that "5.010/5.092" keeps to one line in a unit's column. */
    private static void annexCell(XWPFTableRow row, int column, String text, boolean bold) {
        run(row.getCell(column).getParagraphs().get(0), text, 11, bold, false);
    }
}
