package vn.nq57.aggregation.export;

import vn.nq57.aggregation.format.VietnameseFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.aggregation.notes.NotesView.NoteGroup;
import vn.nq57.aggregation.notes.NotesView.NoteItem;
import vn.nq57.aggregation.rollup.Comparison.IndicatorComparison;
import vn.nq57.aggregation.rollup.Comparison.TypeTotal;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.RollupTotal;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.aggregation.round.Rates;
import vn.nq57.aggregation.round.StatusRow;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.UnitType;

/**
 * The consolidated city report (Báo cáo tổng hợp) in the layout of Decree 30/2020/NĐ-CP: A4,
 * margins top/bottom 20 mm, left 30 mm, right 20 mm, Times New Roman, body 14 pt, the header
 * table (issuing body | national emblem lines), number, place and date in italics, title and
 * trích yếu, sections, "Nơi nhận" and signer block, and an annex table of the units' figures.
 */
@ApplicationScoped
public class DocxReportWriter {

    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** A4 width 210 mm minus the 30 mm and 20 mm margins. */
    private static final int TEXT_WIDTH = mmInt(160);
    /** A4 landscape: 297 mm minus the 30 mm and 20 mm margins. */
    private static final int LANDSCAPE_WIDTH = mmInt(247);
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    /** Units per annex table: with the indicator and city columns, each figure keeps about 23 mm. */
    static final int ANNEX_UNITS_PER_TABLE = 6;

    @Inject
    DocumentSettings settings;
    @Inject
    Clock clock;

    public byte[] write(ExportData data) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
            header(doc, now);
            title(doc, data);
            closedAt(doc, data);
            submissions(doc, data, now);
            indicators(doc, data);
            notes(doc, data);
            missing(doc, data);
            closing(doc);
            signature(doc);
            endPortrait(doc);
            annex(doc, data);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        }
    }

    /** The last section (the annex) is A4 landscape; the report's own section is closed portrait by {@link #endPortrait}. */
    private static void page(XWPFDocument doc) {
        size(doc.getDocument().getBody().addNewSectPr(), false);
    }

    /** Ends the report's section: A4 portrait; what follows starts on a new page. */
    private static void endPortrait(XWPFDocument doc) {
        size(doc.createParagraph().getCTP().addNewPPr().addNewSectPr(), true);
    }

    private static void size(CTSectPr section, boolean portrait) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(portrait ? A4_SHORT : A4_LONG));
        size.setH(BigInteger.valueOf(portrait ? A4_LONG : A4_SHORT));
        size.setOrient(portrait ? STPageOrientation.PORTRAIT : STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(30));
        margins.setRight(mm(20));
    }

    private void header(XWPFDocument doc, OffsetDateTime now) {
        XWPFTable table = borderless(doc, 2, 2);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        centered(issuer.getParagraphs().get(0), settings.parentBody(), 12, false, false);
        centered(issuer.addParagraph(), settings.issuingBody(), 12, true, false);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        centered(nation.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        centered(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        centered(table.getRow(1).getCell(0).getParagraphs().get(0), "Số: …/" + settings.symbol(), 13, false, false);
        centered(table.getRow(1).getCell(1).getParagraphs().get(0),
                VietnameseFormat.placeAndDate(settings.place(), now), 13, false, true);
        setWidths(table, 3400, TEXT_WIDTH - 3400);
    }

    private static void title(XWPFDocument doc, ExportData data) {
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(240);
        centered(title, "BÁO CÁO", BODY, true, false);
        centered(doc.createParagraph(), "Tổng hợp " + lowerFirst(data.round().title()), BODY, true, false);
        XWPFParagraph rule = doc.createParagraph();
        centered(rule, "―――――――", BODY, false, false);
        DocumentRef request = data.round().request();
        Rates overall = data.matrix().overall();
        String basis = request == null ? "Thực hiện yêu cầu báo cáo"
                : "Thực hiện Công văn số " + request.numberSymbol()
                        + (request.issuedOn() == null ? "" : " ngày " + request.issuedOn().format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        + (request.issuer() == null ? "" : " của " + request.issuer());
        body(doc, basis + ", trên cơ sở báo cáo của " + overall.submitted() + "/" + overall.required()
                + " đơn vị cấp xã, kết quả tổng hợp như sau:");
    }

    /** "Số liệu chốt lúc 09:00 ngày 04/12/2025" under the title, once the city has closed the round. */
    private static void closedAt(XWPFDocument doc, ExportData data) {
        if (data.round().closedAt() != null) {
            centered(doc.createParagraph(), "Số liệu chốt lúc " + data.round().closedAt().atZoneSameInstant(VietnamTime.ZONE)
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")), BODY, false, true);
        }
    }

    private static void submissions(XWPFDocument doc, ExportData data, OffsetDateTime now) {
        heading(doc, "I. TÌNH HÌNH GỬI BÁO CÁO");
        Rates overall = data.matrix().overall();
        body(doc, "1. Tính đến " + VietnameseFormat.dateTime(now) + ", hạn gửi báo cáo "
                + VietnameseFormat.dateTime(data.matrix().dueAt()) + ": " + overall.submitted() + "/"
                + overall.required() + " đơn vị đã gửi báo cáo, tỷ lệ đầy đủ "
                + VietnameseFormat.number(overall.completeness()) + "%; " + overall.onTime()
                + " đơn vị gửi đúng hạn, tỷ lệ đúng hạn " + VietnameseFormat.number(overall.timeliness()) + "%.");
        body(doc, "2. Theo loại đơn vị:");
        data.matrix().byUnitType().forEach((type, rates) -> {
            if (rates.required() > 0) {
                String label = "UNKNOWN".equals(type) ? "Chưa rõ loại" : VietnameseFormat.unitType(UnitType.valueOf(type));
                body(doc, "- " + label + ": " + rates.submitted() + "/" + rates.required() + " đơn vị đã gửi ("
                        + VietnameseFormat.number(rates.completeness()) + "%), đúng hạn " + rates.onTime() + " ("
                        + VietnameseFormat.number(rates.timeliness()) + "%).");
            }
        });
        List<StatusRow> late = data.matrix().units().stream().filter(r -> Boolean.TRUE.equals(r.late())).toList();
        body(doc, "3. Đơn vị gửi muộn: " + (late.isEmpty() ? "không có." : late.stream()
                .map(r -> r.unitName() + " (gửi lúc " + VietnameseFormat.dateTime(r.firstSubmittedAt()) + ")")
                .collect(Collectors.joining("; ")) + "."));
        List<StatusRow> missing = data.matrix().units().stream().filter(r -> !r.status().submitted()).toList();
        body(doc, "4. Đơn vị chưa gửi báo cáo: " + (missing.isEmpty() ? "không có." : missing.size()
                + " đơn vị (danh sách tại mục V)."));
    }

    private static void indicators(XWPFDocument doc, ExportData data) {
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

    private static void notes(XWPFDocument doc, ExportData data) {
        heading(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN");
        if (data.notes().difficulties().isEmpty() && data.notes().causes().isEmpty()) {
            body(doc, "Các đơn vị không báo cáo khó khăn, vướng mắc.");
        } else {
            body(doc, "1. Khó khăn, vướng mắc (theo nhóm vấn đề):");
            themed(doc, data.notes().difficulties());
            if (!data.notes().causes().isEmpty()) {
                body(doc, "2. Nguyên nhân:");
                themed(doc, data.notes().causes());
            }
        }
        heading(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT");
        if (data.notes().recommendationsByAddressee().isEmpty()) {
            body(doc, "Các đơn vị không có kiến nghị, đề xuất.");
        }
        int n = 1;
        for (NoteGroup group : data.notes().recommendationsByAddressee()) {
            body(doc, n++ + ". " + (group.key() == null ? "Kiến nghị chung" : "Đối với " + group.key()) + " ("
                    + group.unitCount() + " đơn vị):");
            for (NoteItem item : group.items()) {
                body(doc, "- " + item.text() + " (" + units(item) + ").");
            }
        }
    }

    private static void themed(XWPFDocument doc, List<NoteGroup> groups) {
        char letter = 'a';
        for (NoteGroup group : groups) {
            body(doc, letter++ + ") " + group.label() + " (" + group.unitCount() + " đơn vị):");
            for (NoteItem item : group.items()) {
                body(doc, "- " + item.text() + " (" + units(item) + ").");
            }
        }
    }

    private static void missing(XWPFDocument doc, ExportData data) {
        heading(doc, "V. CÁC ĐƠN VỊ CHƯA BÁO CÁO");
        List<StatusRow> missing = data.matrix().units().stream().filter(r -> !r.status().submitted()).toList();
        if (missing.isEmpty()) {
            body(doc, "Tất cả các đơn vị đã gửi báo cáo.");
            return;
        }
        body(doc, "Có " + missing.size() + "/" + data.matrix().units().size() + " đơn vị chưa gửi báo cáo:");
        int n = 1;
        for (StatusRow row : missing) {
            body(doc, n++ + ". " + row.unitName() + " (" + row.status().label().toLowerCase() + ").");
        }
    }

    private static void closing(XWPFDocument doc) {
        body(doc, "Trên đây là báo cáo tổng hợp kết quả thực hiện của các đơn vị cấp xã trên địa bàn thành phố.");
    }

    private void signature(XWPFDocument doc) {
        XWPFTable table = borderless(doc, 1, 2);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph label = recipients.getParagraphs().get(0);
        XWPFRun run = run(label, "Nơi nhận:", 12, true, true);
        run.setBold(true);
        List<String> entries = java.util.Arrays.stream(settings.recipients().split(";")).map(String::strip)
                .filter(e -> !e.isEmpty()).toList();
        for (int i = 0; i < entries.size(); i++) {
            run(recipients.addParagraph(), "- " + entries.get(i).strip() + (i == entries.size() - 1 ? "." : ";"), 11,
                    false, false);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        centered(signer.getParagraphs().get(0), settings.signerAuthority(), 13, true, false);
        centered(signer.addParagraph(), settings.signerTitle(), 13, true, false);
        for (int i = 0; i < 3; i++) {
            signer.addParagraph();
        }
        centered(signer.addParagraph(), settings.signerName().orElse(""), 13, true, false);
        setWidths(table, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
    }

    /**
     * The annex on A4 landscape, turned: indicators as rows, units as columns, {@value #ANNEX_UNITS_PER_TABLE}
     * units per table, so every figure keeps a readable width however many indicators the round has.
     * Values with an outlier flag carry "*".
     */
    private static void annex(XWPFDocument doc, ExportData data) {
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

    private static String units(NoteItem item) {
        return item.units().stream().map(u -> u.name()).collect(Collectors.joining(", "));
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    /** Fixed column widths in twips, so every reader lays the table out the same way. */
    private static void setWidths(XWPFTable table, int... twips) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < twips.length; i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(String.valueOf(twips[i]));
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, text, 12, bold, false);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(mmInt(10));
        p.setSpacingBefore(120);
        run(p, text, BODY, true, false);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(mmInt(10));
        p.setSpacingAfter(60);
        run(p, text, BODY, false, false);
    }

    private static void centered(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static BigInteger mm(int millimetres) {
        return BigInteger.valueOf(mmInt(millimetres));
    }

    private static int mmInt(int millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
