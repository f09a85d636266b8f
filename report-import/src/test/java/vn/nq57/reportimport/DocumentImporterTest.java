package vn.nq57.reportimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Rules checked on text written for these tests (not taken from the seeds), and refusals of bad input. */
class DocumentImporterTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(CityProfile.PROFILE);

    /** A report of an imaginary commune with its own outline and wording. */
    private static final String OTHER_REPORT = """
            ỦY BAN NHÂN DÂN XÃ AN LÃO
            Số: 45/BC-UBND                          An Lão, ngày 05 tháng 12 năm 2025
            BÁO CÁO
            Kết quả tuyên truyền Nghị quyết 57-NQ/TW năm 2025
            Thực hiện Công văn số 4383/SKHCN-TTTT ngày 02/12/2025 của Sở Khoa học và Công nghệ và Kế hoạch số 192/KH-UBND ngày 08/8/2025, UBND xã báo cáo như sau:
            I. KẾT QUẢ THỰC HIỆN
            1. Công tác phát thanh
            Đài truyền thanh xã đã phát khoảng 45 lượt tin về chuyển đổi số qua 12 cụm loa có dây.
            2. Tập huấn, hướng dẫn
            Tổ chức 06 buổi tập huấn cho 320 người; hướng dẫn hơn 1.200 người dân cài đặt VNeID.
            Tỷ lệ hồ sơ trực tuyến đạt 87,5% (700/800 hồ sơ).
            II. KHÓ KHĂN, VƯỚNG MẮC
            - Cán bộ phụ trách còn kiêm nhiệm.
            III. ĐỀ XUẤT, KIẾN NGHỊ
            1. Đối với Sở Khoa học và Công nghệ
            - Hỗ trợ tài liệu tuyên truyền dùng chung.
            Trên đây là báo cáo của UBND xã An Lão./.
            Nơi nhận:
            - Sở KH&CN;
            - Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Lê Văn Nam
            """;

    @Test
    void readsAReportWithItsOwnOutlineAndWording() {
        Extraction e = IMPORTER.extract(OTHER_REPORT);
        assertEquals("45/BC-UBND", e.header().numberSymbol());
        assertEquals("An Lão", e.header().place());
        assertEquals(LocalDate.of(2025, 12, 5), e.header().date().toLocalDate());
        assertEquals("192/KH-UBND", e.header().plan().numberSymbol());
        assertEquals(LocalDate.of(2025, 8, 8), e.header().plan().date());
        assertEquals("4383/SKHCN-TTTT", e.header().request().numberSymbol());
        assertEquals("Lê Văn Nam", e.header().signerName());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), e.header().signerTitles());
        assertEquals(List.of("Sở KH&CN", "Lưu: VT"), e.header().recipients());

        assertIndicator(e, "RADIO_BROADCASTS", Qualifier.ABOUT, "45");
        assertIndicator(e, "LOUDSPEAKER_CLUSTERS_WIRED", Qualifier.EXACT, "12");
        assertIndicator(e, "TRAINING_SESSIONS", Qualifier.EXACT, "6");
        assertIndicator(e, "TRAINING_PARTICIPANTS", Qualifier.EXACT, "320");
        assertIndicator(e, "CITIZENS_GUIDED", Qualifier.AT_LEAST, "1200");
        Extraction.IndicatorMatch rate = indicator(e, "ONLINE_DOSSIER_RATE");
        assertEquals(new BigDecimal("700"), rate.numerator());
        assertEquals(new BigDecimal("87.5"), rate.percent());

        assertEquals("I.2.1", section(e, "I.1").code(), "a section about radio maps to I.2.1 (Số buổi phát thanh)");
        assertEquals("I.5", section(e, "II").code());
        assertEquals("III", section(e, "III").code());
        assertEquals(1, e.difficulties().size());
        assertEquals("Sở Khoa học và Công nghệ", e.recommendations().get(0).addressee());
    }

    @Test
    void readsTheSameReportWithoutDiacriticsAsOcrWouldDeliverIt() {
        String stripped = java.text.Normalizer.normalize(OTHER_REPORT, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        Extraction plain = IMPORTER.extract(OTHER_REPORT);
        Extraction ocr = IMPORTER.extract(stripped);
        assertTrue(ocr.ocrLike());
        assertEquals(plain.indicators().stream().map(m -> m.code() + m.qualifier() + m.value()).toList(),
                ocr.indicators().stream().map(m -> m.code() + m.qualifier() + m.value()).toList());
        assertEquals(plain.sections().stream().map(Extraction.SectionMatch::code).toList(),
                ocr.sections().stream().map(Extraction.SectionMatch::code).toList());
        assertEquals("45/BC-UBND", ocr.header().numberSymbol());
    }

    @Test
    void quotesAndOffsetsPointIntoTheExtractedText() {
        Extraction e = IMPORTER.extract(OTHER_REPORT);
        for (Extraction.IndicatorMatch m : e.indicators()) {
            assertEquals(m.quote(), e.text().substring(m.start(), m.end()));
            assertTrue(m.start() <= m.valueStart() && m.valueEnd() <= m.end(), m.toString());
            assertTrue(m.confidence() > 0 && m.confidence() < 1);
        }
    }

    @Test
    void wordTablesAreRead() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("I. KẾT QUẢ TRIỂN KHAI CÁC HOẠT ĐỘNG TRUYỀN THÔNG");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Màn hình LED");
            table.getRow(0).getCell(1).setText("Lắp đặt 9 màn hình LED tuyên truyền.");
            doc.write(out);
            Extraction e = IMPORTER.read(out.toByteArray(), DocumentFormat.DOCX);
            assertIndicator(e, "LED_SCREENS", Qualifier.EXACT, "9");
        }
    }

    @Test
    void refusesWhatItCannotRead() throws IOException {
        assertReason(ImportFailure.Reason.EMPTY_TEXT, () -> IMPORTER.read("  \n\n ".getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT));
        assertReason(ImportFailure.Reason.UNSUPPORTED_TYPE, () -> IMPORTER.read(new byte[] {(byte) 0xC3, 0x28, 0x41}, DocumentFormat.TEXT));
        assertReason(ImportFailure.Reason.NOTHING_RECOGNISED,
                () -> IMPORTER.extract("Danh sách món ăn: phở, bún chả, nem rán. Giá 30.000 đồng."));
        assertReason(ImportFailure.Reason.UNREADABLE, () -> IMPORTER.read("not a zip".getBytes(StandardCharsets.UTF_8), DocumentFormat.DOCX));
        assertReason(ImportFailure.Reason.UNREADABLE, () -> IMPORTER.read("%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8), DocumentFormat.PDF));
        assertReason(ImportFailure.Reason.NO_TEXT_LAYER, () -> IMPORTER.read(imageOnlyPdf(), DocumentFormat.PDF));
        assertReason(ImportFailure.Reason.ENCRYPTED, () -> IMPORTER.read(encryptedPdf(), DocumentFormat.PDF));
    }

    @Test
    void formatsAreRecognisedByMediaTypeOrFileName() {
        assertEquals(DocumentFormat.PDF, DocumentFormat.detect("application/pdf", null).orElseThrow());
        assertEquals(DocumentFormat.TEXT, DocumentFormat.detect("text/plain; charset=UTF-8", null).orElseThrow());
        assertEquals(DocumentFormat.DOCX, DocumentFormat.detect("application/octet-stream", "Báo cáo.DOCX").orElseThrow());
        assertTrue(DocumentFormat.detect("image/png", "scan.png").isEmpty());
        assertTrue(DocumentFormat.detect("application/msword", "old.doc").isEmpty());
    }

    @Test
    void aBlankDateIsReadWithItsBlanks() {
        Extraction e = IMPORTER.extract(OTHER_REPORT.replace("ngày 05 tháng 12 năm 2025", "ngày     tháng 12 năm 2025")
                .replace("Số: 45/BC-UBND", "Số:      /BC-UBND"));
        assertNull(e.header().date().day());
        assertEquals(12, e.header().date().month());
        assertNull(e.header().date().toLocalDate());
        assertEquals("/BC-UBND", e.header().numberSymbol());
    }

    private static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        byte[] plain = SeedDocuments.pdf("I. KẾT QUẢ\nTổ chức 28 lượt phát thanh.");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assertReason(ImportFailure.Reason reason, org.junit.jupiter.api.function.Executable call) {
        ImportFailure failure = assertThrows(ImportFailure.class, call);
        assertEquals(reason, failure.reason(), failure.getMessage());
    }

    @Test
    void theSeedsAtLeastRangeReachesItsIndicator() {
        Extraction e = IMPORTER.extract(SeedDocuments.text("report-dac-khu-cat-hai-2025"));
        Extraction.IndicatorMatch contest = rangeFrom(e, 560);
        assertEquals("CONTEST_COMPLETIONS", contest.code(), contest.toString());
        assertEquals(new BigDecimal("900"), contest.max());
        assertTrue(contest.atLeast(), contest.toString());
        assertEquals("Hơn 560–900", e.text().substring(contest.valueStart(), contest.valueEnd()));

        String withoutDiacritics = Normalizer.normalize(SeedDocuments.text("report-dac-khu-cat-hai-2025"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        Extraction ocr = IMPORTER.extract(withoutDiacritics);
        assertTrue(ocr.ocrLike());
        Extraction.IndicatorMatch ocrContest = rangeFrom(ocr, 560);
        assertTrue(ocrContest.atLeast(), ocrContest.toString());
        assertEquals("Hon 560–900", ocr.text().substring(ocrContest.valueStart(), ocrContest.valueEnd()));
        assertTrue(e.indicators().stream().filter(m -> m != contest).noneMatch(Extraction.IndicatorMatch::atLeast),
                "only the range written with \"Hơn\" is an at-least range");
    }

    private static Extraction.IndicatorMatch rangeFrom(Extraction e, int min) {
        return e.indicators().stream()
                .filter(m -> m.qualifier() == Qualifier.RANGE && new BigDecimal(min).compareTo(m.min()) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no range from " + min + " in " + e.indicators()));
    }

    private static Extraction.IndicatorMatch indicator(Extraction e, String code) {
        return e.indicators().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not found in " + e.indicators()));
    }

    private static void assertIndicator(Extraction e, String code, Qualifier qualifier, String value) {
        Extraction.IndicatorMatch m = indicator(e, code);
        assertEquals(qualifier, m.qualifier(), m.toString());
        assertEquals(new BigDecimal(value), m.value(), m.toString());
    }

    private static Extraction.SectionMatch section(Extraction e, String sourceNumber) {
        return e.sections().stream().filter(s -> sourceNumber.equals(s.sourceNumber())).findFirst()
                .orElseThrow(() -> new AssertionError(sourceNumber + " not in " + e.sections()));
    }
}
