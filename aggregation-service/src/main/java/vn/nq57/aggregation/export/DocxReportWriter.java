package vn.nq57.aggregation.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
import vn.nq57.aggregation.common.Zones;
import vn.nq57.aggregation.notes.NotesView.NoteGroup;
import vn.nq57.aggregation.notes.NotesView.NoteItem;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.round.Rates;
import vn.nq57.aggregation.round.StatusRow;
import vn.nq57.aggregation.round.UnitStatus;
import vn.nq57.contracts.events.DocumentRef;
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

    @Inject
    DocumentSettings settings;
    @Inject
    Clock clock;

    public byte[] write(ExportData data) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(Zones.VIETNAM).toOffsetDateTime();
            header(doc, now);
            title(doc, data);
            submissions(doc, data, now);
            indicators(doc, data);
            notes(doc, data);
            closing(doc);
            signature(doc);
            annex(doc, data);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
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
        body(doc, "4. Đơn vị chưa gửi báo cáo: " + (missing.isEmpty() ? "không có." : missing.stream()
                .map(r -> r.unitName() + (r.status() == UnitStatus.OVERDUE ? " (quá hạn)" : ""))
                .collect(Collectors.joining("; ")) + "."));
    }

    private static void indicators(XWPFDocument doc, ExportData data) {
        heading(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        int n = 1;
        for (IndicatorRollup indicator : data.rollup().indicators()) {
            String reported = " (" + indicator.reportedBy() + "/" + indicator.required() + " đơn vị báo cáo)";
            if (indicator.total() == null) {
                body(doc, n++ + ". " + indicator.name() + ": chi tiết tại Phụ lục" + reported + ".");
                continue;
            }
            String uom = indicator.unitOfMeasure() == null || "%".equals(indicator.unitOfMeasure()) ? ""
                    : " " + indicator.unitOfMeasure();
            String estimate = indicator.total().estimate() ? ", có số liệu ước tính" : "";
            body(doc, n++ + ". " + indicator.name() + ": " + VietnameseFormat.total(indicator.total(), indicator.kind())
                    + uom + reported.substring(0, reported.length() - 1) + estimate + ").");
        }
    }

    private static void notes(XWPFDocument doc, ExportData data) {
        heading(doc, "III. KHÓ KHĂN, VƯỚNG MẮC");
        if (data.notes().difficulties().isEmpty()) {
            body(doc, "Các đơn vị không báo cáo khó khăn, vướng mắc.");
        }
        for (NoteGroup group : data.notes().difficulties()) {
            for (NoteItem item : group.items()) {
                body(doc, "- " + item.text() + " (" + units(item) + ").");
            }
        }
        heading(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT");
        if (data.notes().recommendationsByAddressee().isEmpty()) {
            body(doc, "Các đơn vị không có kiến nghị, đề xuất.");
        }
        int n = 1;
        for (NoteGroup group : data.notes().recommendationsByAddressee()) {
            body(doc, n++ + ". " + (group.key() == null ? "Kiến nghị chung" : "Đối với " + group.key()) + ":");
            for (NoteItem item : group.items()) {
                body(doc, "- " + item.text() + " (" + units(item) + ").");
            }
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

    private static void annex(XWPFDocument doc, ExportData data) {
        XWPFParagraph annexTitle = doc.createParagraph();
        annexTitle.setPageBreak(true);
        centered(annexTitle, "PHỤ LỤC", BODY, true, false);
        centered(doc.createParagraph(), "Số liệu các chỉ tiêu của từng đơn vị", BODY, false, true);
        List<IndicatorRollup> indicators = data.rollup().indicators();
        List<StatusRow> units = data.matrix().units();
        XWPFTable table = doc.createTable(units.size() + 2, 3 + indicators.size());
        cell(table.getRow(0), 0, "STT", true);
        cell(table.getRow(0), 1, "Đơn vị", true);
        cell(table.getRow(0), 2, "Tình trạng", true);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRollup indicator = indicators.get(i);
            cell(table.getRow(0), 3 + i, indicator.name()
                    + (indicator.unitOfMeasure() == null ? "" : " (" + indicator.unitOfMeasure() + ")"), true);
        }
        for (int u = 0; u < units.size(); u++) {
            StatusRow unit = units.get(u);
            XWPFTableRow row = table.getRow(u + 1);
            cell(row, 0, String.valueOf(u + 1), false);
            cell(row, 1, unit.unitName(), false);
            cell(row, 2, unit.status().label(), false);
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorRollup indicator = indicators.get(i);
                String value = indicator.units().stream().filter(v -> v.unitCode().equals(unit.unitCode()))
                        .findFirst().map(v -> VietnameseFormat.value(v, indicator.kind())).orElse("");
                cell(row, 3 + i, value, false);
            }
        }
        int[] widths = new int[3 + indicators.size()];
        widths[0] = 600;
        widths[1] = 2300;
        widths[2] = 1500;
        for (int i = 0; i < indicators.size(); i++) {
            widths[3 + i] = (TEXT_WIDTH - 4400) / indicators.size();
        }
        XWPFTableRow total = table.getRow(units.size() + 1);
        cell(total, 0, "", true);
        cell(total, 1, "Tổng cộng", true);
        cell(total, 2, "", true);
        for (int i = 0; i < indicators.size(); i++) {
            cell(total, 3 + i, VietnameseFormat.total(indicators.get(i).total(), indicators.get(i).kind()), true);
        }
        setWidths(table, widths);
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
