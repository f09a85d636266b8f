package vn.nq57.aggregation.export;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The paragraphs, runs and tables every part of the consolidated report is made of (Decree 30/2020 typography). */
final class DocxParts {

    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** A4 width 210 mm minus the 30 mm and 20 mm margins. */
    static final int TEXT_WIDTH = mmInt(160);
    /** A4 landscape: 297 mm minus the 30 mm and 20 mm margins. */
    static final int LANDSCAPE_WIDTH = mmInt(247);

    private DocxParts() {
    }

    /** A justified paragraph with the 10 mm first-line indent every body paragraph has. */
    private static XWPFParagraph indented(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(mmInt(10));
        return p;
    }

    /** A section heading: "I. TÌNH HÌNH TRIỂN KHAI". */
    static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = indented(doc);
        p.setSpacingBefore(120);
        run(p, text, BODY, true, false);
    }

    /** A sub-heading in bold, body size: "1. Công tác quán triệt…". */
    static void subheading(XWPFDocument doc, String text) {
        XWPFParagraph p = indented(doc);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        run(p, text, BODY, true, false);
    }

    static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = indented(doc);
        p.setSpacingAfter(60);
        run(p, text, BODY, false, false);
    }

    /** A quotation: the unit in bold, its words in italics. */
    static void quote(XWPFDocument doc, String unit, String text) {
        XWPFParagraph p = indented(doc);
        p.setSpacingAfter(60);
        run(p, "- " + unit + ": ", BODY, true, false);
        run(p, "“" + text + "”", BODY, false, true);
    }

    static void centered(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        run(row.getCell(column).getParagraphs().get(0), text, 12, bold, false);
    }

    static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
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
    static void setWidths(XWPFTable table, int... twips) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(twips).sum()));
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

    static BigInteger mm(int millimetres) {
        return BigInteger.valueOf(mmInt(millimetres));
    }

    static int mmInt(int millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
