package vn.nq57.aggregation.export;

import static vn.nq57.aggregation.export.DocxParts.BODY;
import static vn.nq57.aggregation.export.DocxParts.TEXT_WIDTH;
import static vn.nq57.aggregation.export.DocxParts.body;
import static vn.nq57.aggregation.export.DocxParts.borderless;
import static vn.nq57.aggregation.export.DocxParts.centered;
import static vn.nq57.aggregation.export.DocxParts.mm;
import static vn.nq57.aggregation.export.DocxParts.run;
import static vn.nq57.aggregation.export.DocxParts.setWidths;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.nq57.aggregation.format.VietnameseFormat;
import vn.nq57.aggregation.round.Rates;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.support.time.VietnamTime;

/**
 * The consolidated city report (Báo cáo tổng hợp) in the layout of Decree 30/2020/NĐ-CP: A4,
 * margins top/bottom 20 mm, left 30 mm, right 20 mm, Times New Roman, body 14 pt, the header
 * table (issuing body | national emblem lines), number, place and date in italics, title and
 * trích yếu, sections I–VI (one class each: {@link NarrativeSection}, {@link IndicatorSection},
 * {@link DifficultySection}, {@link AssessmentSection}, {@link RecommendationSection}, {@link CoverageSection}),
 * "Nơi nhận" and signer block, and the landscape annex ({@link AnnexSection}).
 */
@ApplicationScoped
public class DocxReportWriter {

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

    @Inject
    DocumentSettings settings;
    @Inject
    Clock clock;

    /** The report as of now (Asia/Ho_Chi_Minh). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }

    public byte[] write(ConsolidatedReport report) {
        ExportData data = report.data();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, report.now());
            title(doc, data);
            closedAt(doc, data);
            NarrativeSection.write(doc, report);
            IndicatorSection.write(doc, data);
            DifficultySection.write(doc, data);
            AssessmentSection.write(doc, report);
            RecommendationSection.write(doc, data);
            CoverageSection.write(doc, report);
            closing(doc);
            signature(doc);
            endPortrait(doc);
            AnnexSection.write(doc, data);
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

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
