package vn.nq57.aggregation.export;

import vn.nq57.aggregation.format.VietnameseFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.nq57.aggregation.rollup.OutlierFlag;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.aggregation.round.Rates;
import vn.nq57.aggregation.round.StatusRow;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.UnitType;

/**
 * Workbook with two sheets. "Chỉ tiêu": one row per required unit, one column per indicator, the
 * city row last. Exact values are numeric cells; qualified values ("trên 200", "125 – 130",
 * "5.010/5.092 (98,39%)") are text as the units wrote them. "Tình trạng nộp": the status matrix
 * and the rates.
 */
@ApplicationScoped
public class XlsxExporter {

    public static final String INDICATOR_SHEET = "Chỉ tiêu";
    public static final String STATUS_SHEET = "Tình trạng nộp";
    public static final String FLAG_SHEET = "Cảnh báo số liệu";
    static final String CITY_ROW = "Toàn thành phố";

    public byte[] export(ExportData data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            indicators(workbook.createSheet(INDICATOR_SHEET), data, header);
            status(workbook.createSheet(STATUS_SHEET), data, header);
            flags(workbook.createSheet(FLAG_SHEET), data, header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private static void indicators(Sheet sheet, ExportData data, CellStyle header) {
        List<IndicatorRollup> indicators = data.rollup().indicators();
        Row head = sheet.createRow(0);
        text(head, 0, "Mã đơn vị", header);
        text(head, 1, "Đơn vị", header);
        text(head, 2, "Loại", header);
        text(head, 3, "Trạng thái", header);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRollup indicator = indicators.get(i);
            String uom = indicator.unitOfMeasure() == null ? "" : " (" + indicator.unitOfMeasure() + ")";
            text(head, 4 + i, indicator.name() + uom, header);
        }
        List<Map<String, UnitValue>> byUnit = indicators.stream().map(CsvExporter::byUnit).toList();
        int r = 1;
        for (StatusRow unit : data.matrix().units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unitCode(), null);
            text(row, 1, unit.unitName(), null);
            text(row, 2, VietnameseFormat.unitType(unit.unitType()), null);
            text(row, 3, unit.status().label(), null);
            for (int i = 0; i < indicators.size(); i++) {
                UnitValue v = byUnit.get(i).get(unit.unitCode());
                if (v != null) {
                    value(row, 4 + i, indicators.get(i), v);
                }
            }
        }
        Row city = sheet.createRow(r++);
        text(city, 0, data.round().issuerUnitCode(), header);
        text(city, 1, CITY_ROW, header);
        Row reported = sheet.createRow(r);
        text(reported, 1, "Số đơn vị báo cáo", null);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRollup indicator = indicators.get(i);
            if (indicator.total() != null) {
                if (indicator.total().qualifier() == Qualifier.EXACT) {
                    city.createCell(4 + i).setCellValue(indicator.total().value().doubleValue());
                } else {
                    text(city, 4 + i, VietnameseFormat.total(indicator.total(), indicator.kind()), null);
                }
            }
            reported.createCell(4 + i).setCellValue(indicator.reportedBy());
        }
        sheet.setColumnWidth(1, 30 * 256);
    }

    private static void value(Row row, int column, IndicatorRollup indicator, UnitValue v) {
        if (v.qualifier() == Qualifier.EXACT && v.value() != null) {
            row.createCell(column).setCellValue(v.value().doubleValue());
        } else {
            text(row, column, VietnameseFormat.value(v, indicator.kind()), null);
        }
    }

    private static void status(Sheet sheet, ExportData data, CellStyle header) {
        Row head = sheet.createRow(0);
        List<String> titles = List.of("Mã đơn vị", "Đơn vị", "Loại", "Trạng thái", "Mã trạng thái", "Phiên bản",
                "Nộp lần đầu", "Nộp gần nhất", "Nộp muộn", "Số cảnh báo số liệu");
        for (int i = 0; i < titles.size(); i++) {
            text(head, i, titles.get(i), header);
        }
        int r = 1;
        for (StatusRow unit : data.matrix().units()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.unitCode(), null);
            text(row, 1, unit.unitName(), null);
            text(row, 2, VietnameseFormat.unitType(unit.unitType()), null);
            text(row, 3, unit.status().label(), null);
            text(row, 4, unit.status().name(), null);
            if (unit.version() != null) {
                row.createCell(5).setCellValue(unit.version());
            }
            text(row, 6, VietnameseFormat.dateTime(unit.firstSubmittedAt()), null);
            text(row, 7, VietnameseFormat.dateTime(unit.submittedAt()), null);
            text(row, 8, unit.late() == null ? "" : unit.late() ? "Có" : "Không", null);
            if (unit.flagCount() != null) {
                row.createCell(9).setCellValue(unit.flagCount());
            }
        }
        r++;
        Row rateHead = sheet.createRow(r++);
        List<String> rateTitles = List.of("Nhóm", "Số đơn vị", "Đã nộp", "Đúng hạn", "Muộn", "Quá hạn",
                "Tỷ lệ đầy đủ (%)", "Tỷ lệ đúng hạn (%)");
        for (int i = 0; i < rateTitles.size(); i++) {
            text(rateHead, i, rateTitles.get(i), header);
        }
        rates(sheet.createRow(r++), "Toàn thành phố", data.matrix().overall());
        for (Map.Entry<String, Rates> e : data.matrix().byUnitType().entrySet()) {
            String label = "UNKNOWN".equals(e.getKey()) ? "Chưa rõ loại"
                    : VietnameseFormat.unitType(UnitType.valueOf(e.getKey()));
            rates(sheet.createRow(r++), label, e.getValue());
        }
        sheet.setColumnWidth(1, 30 * 256);
    }

    /** Every outlier flag with its reason in words; informative only. */
    private static void flags(Sheet sheet, ExportData data, CellStyle header) {
        Row head = sheet.createRow(0);
        List<String> titles = List.of("Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Loại cảnh báo", "Giá trị",
                "Giá trị tham chiếu", "Giải thích", "Explanation");
        for (int i = 0; i < titles.size(); i++) {
            text(head, i, titles.get(i), header);
        }
        Map<String, String> names = new java.util.HashMap<>();
        data.matrix().units().forEach(u -> names.put(u.unitCode(), u.unitName()));
        int r = 1;
        for (IndicatorRollup indicator : data.rollup().indicators()) {
            if (indicator.flags() == null) {
                continue;
            }
            for (OutlierFlag flag : indicator.flags()) {
                Row row = sheet.createRow(r++);
                text(row, 0, flag.unitCode(), null);
                text(row, 1, names.getOrDefault(flag.unitCode(), flag.unitCode()), null);
                text(row, 2, indicator.code(), null);
                text(row, 3, indicator.name(), null);
                text(row, 4, flag.kind().name(), null);
                row.createCell(5).setCellValue(flag.value().doubleValue());
                row.createCell(6).setCellValue(flag.reference().doubleValue());
                text(row, 7, flag.explanationVi(), null);
                text(row, 8, flag.explanationEn(), null);
            }
        }
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(7, 80 * 256);
    }

    private static void rates(Row row, String label, Rates rates) {
        text(row, 0, label, null);
        row.createCell(1).setCellValue(rates.required());
        row.createCell(2).setCellValue(rates.submitted());
        row.createCell(3).setCellValue(rates.onTime());
        row.createCell(4).setCellValue(rates.late());
        row.createCell(5).setCellValue(rates.overdue());
        row.createCell(6).setCellValue(number(rates.completeness()));
        row.createCell(7).setCellValue(number(rates.timeliness()));
    }

    private static double number(BigDecimal value) {
        return value.doubleValue();
    }

    /** Always a string cell: POI writes text as text, so "=HYPERLINK(…)" from a unit is never a formula. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
