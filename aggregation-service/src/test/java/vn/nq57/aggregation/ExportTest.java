package vn.nq57.aggregation;

import vn.nq57.aggregation.format.VietnameseFormat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static vn.nq57.aggregation.Fixtures.CAT_HAI;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.atLeast;
import static vn.nq57.aggregation.Fixtures.exact;
import static vn.nq57.aggregation.Fixtures.indicator;
import static vn.nq57.aggregation.Fixtures.range;
import static vn.nq57.aggregation.Fixtures.ratio;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlanServiceStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class ExportTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    /** Nguyễn Lương Bằng on time, Phù Liễn late, Cát Hải silent past the deadline; the round answers plan 192. */
    UUID round() {
        return round(PlanServiceStub.PLAN_192);
    }

    UUID round(UUID planId) {
        clock.set(vn("2025-12-04T08:00:00"));
        UUID id = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, PHU_LIEN, CAT_HAI),
                vn("2025-12-03T17:00:00"), List.of(
                        indicator("RADIO_BROADCASTS", "Số buổi phát thanh", "buổi", IndicatorKind.COUNT,
                                AggregationRule.SUM),
                        indicator("ONLINE_DOSSIER_RATE", "Tỷ lệ hồ sơ trực tuyến", "%", IndicatorKind.PERCENTAGE,
                                AggregationRule.RATIO_OF_SUMS),
                        indicator("TRAINED_OFFICIALS", "Số cán bộ được tập huấn", "người", IndicatorKind.COUNT,
                                AggregationRule.SUM)), 1);
        Fixtures.unitsAndRound(new RoundSnapshot(id, planId, round.title(), round.issuerUnitCode(), round.request(),
                round.period(), round.cutOffDate(), round.dueAt(), null, round.resubmissionDays(),
                round.requiredUnitCodes(), round.indicators(), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.written(Fixtures.notes(id, NGUYEN_LUONG_BANG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(exact("RADIO_BROADCASTS", 28),
                        ratio("ONLINE_DOSSIER_RATE", 5010, 5092), range("TRAINED_OFFICIALS", 125, 130)),
                List.of(new ReportNote("Cán bộ kiêm nhiệm, quá tải", "STAFFING")),
                List.of(new Recommendation("Tổ chức tập huấn kỹ năng số", "Sở KH&CN", "TRAINING"),
                        new Recommendation("Hỗ trợ kinh phí tuyên truyền cho cấp xã", "thành phố", null),
                        new Recommendation("Hoàn thiện cơ sở dữ liệu dùng chung", "UBND thành phố", null)), 2),
                List.of(new ReportNote("Cán bộ phụ trách truyền thông chủ yếu kiêm nhiệm", null)), List.of(
                        new ReportSection("I.2.1", RADIO_SECTION, "Tổ chức 28 lượt phát thanh chuyên đề về mục tiêu, "
                                + "nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW. Nội dung ngắn gọn."),
                        new ReportSection("I.5", "Khó khăn, vướng mắc và nguyên nhân", "Cán bộ kiêm nhiệm, quá tải."),
                        new ReportSection("II", "Đánh giá chung", "Công tác tuyên truyền được triển khai kịp thời, "
                                + "bám sát chỉ đạo của thành phố."))));
        // late as submission-service judged it: after the deadline in force
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.late(Fixtures.written(Fixtures.notes(id, PHU_LIEN,
                ReportStatus.SUBMITTED, 1, vn("2025-12-04T07:30:00"), List.of(atLeast("RADIO_BROADCASTS", 200),
                        exact("TRAINED_OFFICIALS", 100)),
                List.of(new ReportNote("cán bộ kiêm nhiệm, quá tải", "STAFFING")),
                List.of(new Recommendation("Hoàn thiện hệ thống xác thực OTP trên nq57.vn", "UBND TP", null)), 2),
                List.of(), List.of(
                        new ReportSection("I.2.1", RADIO_SECTION, "Trên hệ thống loa truyền thanh phường, phường duy "
                                + "trì 71 cụm phát thanh số và 38 cụm có dây phát sóng toàn bộ các tổ dân phố. Cổng "
                                + "thông tin điện tử phường được cập nhật hằng ngày các tin, bài, infographic."),
                        new ReportSection("I.2.2", PORTAL_SECTION, "Trên Cổng thông tin điện tử phường, đã đăng tải "
                                + "hơn 445 tin bài về cải cách hành chính và chuyển đổi số."),
                        new ReportSection("II", "Đánh giá chung", "Hệ thống văn bản chỉ đạo được ban hành đầy đủ, "
                                + "nhiều mô hình như Ngày hội Chuyển đổi số đã tạo điểm nhấn.")))));
        eventually(() -> StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("overall.submitted", equalTo(2)));
        return id;
    }

    static final String RADIO_SECTION = "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW và văn bản liên quan";
    static final String PORTAL_SECTION = "Xây dựng và duy trì chuyên mục trên Cổng/Trang thông tin điện tử";

    byte[] download(UUID id, String file, String token, int status) {
        return given().auth().oauth2(token).get("/api/v1/aggregation/rounds/" + id + "/" + file).then()
                .statusCode(status).extract().asByteArray();
    }

    @Test
    void workbookHasTheUnitsByIndicatorsSheetAndTheStatusSheet() throws Exception {
        UUID id = round();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(id, "export.xlsx", TestTokens.cityStaff(), 200)))) {
            Sheet values = book.getSheet("Chỉ tiêu");
            assertEquals(List.of("Mã đơn vị", "Đơn vị", "Loại", "Trạng thái", "Số buổi phát thanh (buổi)",
                    "Tỷ lệ hồ sơ trực tuyến (%)", "Số cán bộ được tập huấn (người)"), texts(values.getRow(0), 7));
            Row nlb = values.getRow(1);
            assertEquals(List.of("11242", "Xã Nguyễn Lương Bằng", "Xã", "Đã nộp đúng hạn"), texts(nlb, 4));
            assertEquals(CellType.NUMERIC, nlb.getCell(4).getCellType());
            assertEquals(28.0, nlb.getCell(4).getNumericCellValue());
            assertEquals("5.010/5.092 (98,39%)", nlb.getCell(5).getStringCellValue());
            assertEquals("125 – 130", nlb.getCell(6).getStringCellValue());
            Row phuLien = values.getRow(2);
            assertEquals(List.of("11446", "Phường Phù Liễn", "Phường", "Đã nộp muộn", "trên 200"), texts(phuLien, 5));
            assertNull(phuLien.getCell(5));
            assertEquals(100.0, phuLien.getCell(6).getNumericCellValue());
            assertEquals(List.of("11914", "Đặc khu Cát Hải", "Đặc khu", "Quá hạn"), texts(values.getRow(3), 4));
            assertNull(values.getRow(3).getCell(4));
            Row city = values.getRow(4);
            assertEquals(List.of("31", "Toàn thành phố"), texts(city, 2));
            assertEquals("trên 228", city.getCell(4).getStringCellValue());
            assertEquals("5.010/5.092 (98,39%)", city.getCell(5).getStringCellValue());
            assertEquals("225 – 230", city.getCell(6).getStringCellValue());
            Row reported = values.getRow(5);
            assertEquals("Số đơn vị báo cáo", reported.getCell(1).getStringCellValue());
            assertEquals(2.0, reported.getCell(4).getNumericCellValue());
            assertEquals(1.0, reported.getCell(5).getNumericCellValue());
            assertEquals(2.0, reported.getCell(6).getNumericCellValue());

            Sheet status = book.getSheet("Tình trạng nộp");
            assertEquals(List.of("Mã đơn vị", "Đơn vị", "Loại", "Trạng thái", "Mã trạng thái", "Phiên bản",
                    "Nộp lần đầu", "Nộp gần nhất", "Nộp muộn", "Số cảnh báo số liệu"), texts(status.getRow(0), 10));
            assertEquals(0.0, status.getRow(1).getCell(9).getNumericCellValue(), "nothing to flag with one unit a type");
            assertEquals(List.of("11242", "Xã Nguyễn Lương Bằng", "Xã", "Đã nộp đúng hạn", "SUBMITTED_ON_TIME"),
                    texts(status.getRow(1), 5));
            assertEquals(1.0, status.getRow(1).getCell(5).getNumericCellValue());
            assertEquals("03/12/2025 09:00", status.getRow(1).getCell(6).getStringCellValue());
            assertEquals("Không", status.getRow(1).getCell(8).getStringCellValue());
            assertEquals("SUBMITTED_LATE", status.getRow(2).getCell(4).getStringCellValue());
            assertEquals("04/12/2025 07:30", status.getRow(2).getCell(7).getStringCellValue());
            assertEquals("Có", status.getRow(2).getCell(8).getStringCellValue());
            assertEquals("OVERDUE", status.getRow(3).getCell(4).getStringCellValue());
            assertEquals("", status.getRow(3).getCell(6).getStringCellValue());
            assertEquals("Nhóm", status.getRow(5).getCell(0).getStringCellValue());
            Row overall = status.getRow(6);
            assertEquals("Toàn thành phố", overall.getCell(0).getStringCellValue());
            assertEquals(List.of(3.0, 2.0, 1.0, 1.0, 1.0, 66.67, 33.33), numbers(overall, 1, 7));
            assertEquals("Xã", status.getRow(7).getCell(0).getStringCellValue());
            assertEquals(List.of(1.0, 1.0, 1.0, 0.0, 0.0, 100.0, 100.0), numbers(status.getRow(7), 1, 7));
            assertEquals("Phường", status.getRow(8).getCell(0).getStringCellValue());
            assertEquals(List.of(1.0, 1.0, 0.0, 1.0, 0.0, 100.0, 0.0), numbers(status.getRow(8), 1, 7));
            assertEquals("Đặc khu", status.getRow(9).getCell(0).getStringCellValue());
            assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0), numbers(status.getRow(9), 1, 7));
        }
    }

    @Test
    void csvHasOneRowPerUnitAndIndicatorThenTheCityRows() {
        UUID id = round();
        String csv = new String(download(id, "export.csv", TestTokens.integration(), 200), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "UTF-8 byte order mark for spreadsheet programs");
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(1 + 3 * 3 + 3, lines.size());
        assertEquals("unit_code,unit_name,unit_type,status,indicator_code,indicator_name,unit_of_measure,rule,"
                + "qualifier,value,min,max,numerator,denominator,text,estimate,reported_by", lines.get(0));
        assertEquals("11242,Xã Nguyễn Lương Bằng,XA,SUBMITTED_ON_TIME,RADIO_BROADCASTS,Số buổi phát thanh,buổi,SUM,"
                + "EXACT,28,,,,,,false,", lines.get(1));
        assertEquals("11242,Xã Nguyễn Lương Bằng,XA,SUBMITTED_ON_TIME,ONLINE_DOSSIER_RATE,Tỷ lệ hồ sơ trực tuyến,%,"
                + "RATIO_OF_SUMS,RATIO,,,,5010,5092,,false,", lines.get(2));
        assertEquals("11242,Xã Nguyễn Lương Bằng,XA,SUBMITTED_ON_TIME,TRAINED_OFFICIALS,Số cán bộ được tập huấn,người,"
                + "SUM,RANGE,,125,130,,,,false,", lines.get(3));
        assertEquals("11446,Phường Phù Liễn,PHUONG,SUBMITTED_LATE,RADIO_BROADCASTS,Số buổi phát thanh,buổi,SUM,"
                + "AT_LEAST,200,,,,,,false,", lines.get(4));
        assertEquals("11914,Đặc khu Cát Hải,DAC_KHU,OVERDUE,RADIO_BROADCASTS,Số buổi phát thanh,buổi,SUM,"
                + ",,,,,,,,", lines.get(7));
        assertEquals("31,Toàn thành phố,CITY,,RADIO_BROADCASTS,Số buổi phát thanh,buổi,SUM,AT_LEAST,228,228,,,,,"
                + "false,2", lines.get(10));
        assertEquals("31,Toàn thành phố,CITY,,ONLINE_DOSSIER_RATE,Tỷ lệ hồ sơ trực tuyến,%,RATIO_OF_SUMS,RATIO,"
                + "98.39,98.39,98.39,5010,5092,,false,1", lines.get(11));
        assertEquals("31,Toàn thành phố,CITY,,TRAINED_OFFICIALS,Số cán bộ được tập huấn,người,SUM,RANGE,,225,230,,,,"
                + "false,2", lines.get(12));
    }

    @Test
    void docxIsTheConsolidatedReportInTheDecree30Layout() throws Exception {
        UUID id = round();
        String token = TestTokens.cityAdmin();
        byte[] report = download(id, "report.docx", token, 200);
        // Kept for a look with LibreOffice: target/exports/bao-cao-tong-hop.docx
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "exports", "bao-cao-tong-hop.docx"), report);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
            CTSectPr reportSection = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertEquals("11906", reportSection.getPgSz().getW().toString(), "the report itself: A4 portrait");
            assertEquals("16838", reportSection.getPgSz().getH().toString());
            assertEquals("1134", reportSection.getPgMar().getTop().toString(), "top 20 mm");
            assertEquals("1134", reportSection.getPgMar().getBottom().toString(), "bottom 20 mm");
            assertEquals("1701", reportSection.getPgMar().getLeft().toString(), "left 30 mm");
            assertEquals("1134", reportSection.getPgMar().getRight().toString(), "right 20 mm");
            CTSectPr annexSection = doc.getDocument().getBody().getSectPr();
            assertEquals("16838", annexSection.getPgSz().getW().toString(), "the annex: A4 landscape");
            assertEquals("11906", annexSection.getPgSz().getH().toString());
            assertEquals(STPageOrientation.LANDSCAPE, annexSection.getPgSz().getOrient());

            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            assertEquals("UBND THÀNH PHỐ HẢI PHÒNG", issuer.getParagraphs().get(0).getText());
            assertEquals("SỞ KHOA HỌC VÀ CÔNG NGHỆ", issuer.getParagraphs().get(1).getText());
            assertTrue(run(issuer.getParagraphs().get(1)).isBold());
            XWPFTableCell nation = header.getRow(0).getCell(1);
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation.getParagraphs().get(0).getText());
            assertTrue(run(nation.getParagraphs().get(0)).isBold());
            assertEquals(12.0, run(nation.getParagraphs().get(0)).getFontSizeAsDouble());
            assertEquals("Độc lập - Tự do - Hạnh phúc", nation.getParagraphs().get(1).getText());
            assertEquals(13.0, run(nation.getParagraphs().get(1)).getFontSizeAsDouble());
            assertEquals("Số: …/BC-SKHCN", header.getRow(1).getCell(0).getText());
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertEquals("Hải Phòng, ngày 04 tháng 12 năm 2025", date.getText());
            assertTrue(run(date).isItalic());

            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                    .toList();
            assertEquals("BÁO CÁO", body.get(0));
            assertTrue(run(doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst()
                    .orElseThrow()).isBold());
            assertEquals("Tổng hợp báo cáo kết quả thực hiện Kế hoạch số 192/KH-UBND năm 2025", body.get(1));
            assertEquals("Thực hiện Công văn số 4383/SKHCN-TTTT ngày 02/12/2025 của Sở Khoa học và Công nghệ, trên cơ sở "
                    + "báo cáo của 2/3 đơn vị cấp xã, kết quả tổng hợp như sau:", body.get(3));
            assertEquals(List.of(
                    "I. TÌNH HÌNH TRIỂN KHAI",
                    "1. " + RADIO_SECTION,
                    "Có 2/3 đơn vị báo cáo nội dung này (1 xã, 1 phường); nổi bật:",
                    "- Phường Phù Liễn: “Trên hệ thống loa truyền thanh phường, phường duy trì 71 cụm phát thanh số và "
                            + "38 cụm có dây phát sóng toàn bộ các tổ dân phố.”",
                    "- Xã Nguyễn Lương Bằng: “Tổ chức 28 lượt phát thanh chuyên đề về mục tiêu, nhiệm vụ, giải pháp "
                            + "của Nghị quyết số 57-NQ/TW.”",
                    "- Phường Phù Liễn: “Cổng thông tin điện tử phường được cập nhật hằng ngày các tin, bài, "
                            + "infographic.”",
                    "2. " + PORTAL_SECTION,
                    "Có 1/3 đơn vị báo cáo nội dung này (1 phường); nổi bật:",
                    "- Phường Phù Liễn: “Trên Cổng thông tin điện tử phường, đã đăng tải hơn 445 tin bài về cải cách "
                            + "hành chính và chuyển đổi số.”",
                    "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                    "1. Số buổi phát thanh: trên 228 buổi (2/3 đơn vị báo cáo).",
                    "2. Tỷ lệ hồ sơ trực tuyến: 5.010/5.092 (98,39%) (1/3 đơn vị báo cáo).",
                    "3. Số cán bộ được tập huấn: 225 – 230 người (2/3 đơn vị báo cáo).",
                    "Kết quả theo loại đơn vị (số liệu; số đơn vị báo cáo/số đơn vị):",
                    "III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN",
                    "Khó khăn, vướng mắc các đơn vị nêu, theo nhóm vấn đề:",
                    "1. Nhân lực, cán bộ (2 đơn vị)",
                    "a) Khó khăn, vướng mắc:",
                    "- Cán bộ kiêm nhiệm, quá tải (Xã Nguyễn Lương Bằng, Phường Phù Liễn).",
                    "b) Nguyên nhân:",
                    "- Cán bộ phụ trách truyền thông chủ yếu kiêm nhiệm (Xã Nguyễn Lương Bằng).",
                    "IV. ĐÁNH GIÁ CHUNG",
                    "Có 2/3 đơn vị có đánh giá chung (1 xã, 1 phường); nổi bật:",
                    "- Xã Nguyễn Lương Bằng: “Công tác tuyên truyền được triển khai kịp thời, bám sát chỉ đạo của "
                            + "thành phố.”",
                    "- Phường Phù Liễn: “Hệ thống văn bản chỉ đạo được ban hành đầy đủ, nhiều mô hình như Ngày hội "
                            + "Chuyển đổi số đã tạo điểm nhấn.”",
                    "V. KIẾN NGHỊ, ĐỀ XUẤT",
                    "1. Đối với UBND thành phố (2 đơn vị):"), body.subList(4, 31));
            List<String> toCity = body.subList(31, 34);
            assertTrue(toCity.containsAll(List.of("- Hỗ trợ kinh phí tuyên truyền cho cấp xã (Xã Nguyễn Lương Bằng).",
                    "- Hoàn thiện cơ sở dữ liệu dùng chung (Xã Nguyễn Lương Bằng).",
                    "- Hoàn thiện hệ thống xác thực OTP trên nq57.vn (Phường Phù Liễn).")),
                    "\"thành phố\", \"UBND thành phố\" and \"UBND TP\" are one addressee: " + toCity);
            assertEquals(List.of(
                    "2. Đối với Sở Khoa học và Công nghệ (1 đơn vị):",
                    "- Tổ chức tập huấn kỹ năng số (Xã Nguyễn Lương Bằng).",
                    "VI. TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ GỬI BÁO CÁO",
                    "1. Ban hành kế hoạch thực hiện Kế hoạch số 192/KH-UBND",
                    "2/6 đơn vị đã ban hành kế hoạch của đơn vị:",
                    "- Phường Phù Liễn: Kế hoạch số 48/KH-UBND ngày 20/08/2025.",
                    "- Đặc khu Cát Hải: Kế hoạch số 36/KH-UBND ngày 18/08/2025.",
                    "4 đơn vị chưa ban hành (1 đơn vị đang dự thảo): Xã Nguyễn Lương Bằng, Xã An Hưng (đang dự thảo), "
                            + "Xã Thanh Miện, Phường Thành Đông.",
                    "2. Tình hình gửi báo cáo",
                    "Tính đến 04/12/2025 08:00, hạn gửi báo cáo 03/12/2025 17:00: 2/3 đơn vị đã gửi báo cáo, "
                            + "tỷ lệ đầy đủ 66,67%; 1 đơn vị gửi đúng hạn, tỷ lệ đúng hạn 33,33%.",
                    "- Xã: 1/1 đơn vị đã gửi (100%), đúng hạn 1 (100%).",
                    "- Phường: 1/1 đơn vị đã gửi (100%), đúng hạn 0 (0%).",
                    "- Đặc khu: 0/1 đơn vị đã gửi (0%), đúng hạn 0 (0%).",
                    "Đơn vị gửi muộn: Phường Phù Liễn (gửi lúc 04/12/2025 07:30).",
                    "3. Đơn vị chưa gửi báo cáo",
                    "Có 1/3 đơn vị chưa gửi báo cáo:",
                    "- Đặc khu Cát Hải (quá hạn)."), body.subList(34, 51));
            assertEquals("Bearer " + token, PlanServiceStub.AUTHORIZATION.get(PlanServiceStub.PLAN_192),
                    "plan-service is asked with the caller's own token");
            int annexAt = body.indexOf("PHỤ LỤC");
            assertTrue(annexAt > 51, body.toString());
            assertEquals("Bảng 1/1: đơn vị 1–3 (trên 3)", body.get(annexAt + 2));
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.text().isBlank()) {
                        assertEquals("Times New Roman", r.getFontFamily(), r.text());
                        assertTrue(r.getFontSizeAsDouble() >= 13 && r.getFontSizeAsDouble() <= 14, r.text());
                    }
                }
            }

            XWPFTable byType = doc.getTables().get(1);
            assertEquals(List.of("Chỉ tiêu", "Xã", "Phường", "Đặc khu"), cells(byType, 0));
            assertEquals(List.of("Số buổi phát thanh (buổi)", "28 (1/1)", "trên 200 (1/1)", "– (0/1)"), cells(byType, 1));
            assertEquals(List.of("Tỷ lệ hồ sơ trực tuyến (%)", "5.010/5.092 (98,39%) (1/1)", "– (0/1)", "– (0/1)"),
                    cells(byType, 2));
            assertEquals(List.of("Số cán bộ được tập huấn (người)", "125 – 130 (1/1)", "100 (1/1)", "– (0/1)"),
                    cells(byType, 3));

            XWPFTableCell recipients = doc.getTables().get(2).getRow(0).getCell(0);
            XWPFParagraph label = recipients.getParagraphs().get(0);
            assertEquals("Nơi nhận:", label.getText());
            assertTrue(run(label).isBold() && run(label).isItalic());
            assertEquals(12.0, run(label).getFontSizeAsDouble());
            assertEquals("- UBND thành phố (để báo cáo);", recipients.getParagraphs().get(1).getText());
            assertEquals(11.0, run(recipients.getParagraphs().get(1)).getFontSizeAsDouble());
            assertEquals("- Các xã, phường, đặc khu;", recipients.getParagraphs().get(2).getText());
            assertEquals("- Lưu: VT, TTTT.", recipients.getParagraphs().get(3).getText());
            XWPFTableCell signer = doc.getTables().get(2).getRow(0).getCell(1);
            assertEquals("KT. GIÁM ĐỐC", signer.getParagraphs().get(0).getText());
            assertEquals("PHÓ GIÁM ĐỐC", signer.getParagraphs().get(1).getText());

            XWPFTable annex = doc.getTables().get(3);
            assertEquals(List.of("STT", "Chỉ tiêu", "Toàn thành phố", "Xã Nguyễn Lương Bằng", "Phường Phù Liễn",
                    "Đặc khu Cát Hải"), cells(annex, 0));
            assertTrue(annex.getRow(0).isRepeatHeader(), "the units' names repeat on every page");
            assertEquals(List.of("", "Tình trạng", "", "Đã nộp đúng hạn", "Đã nộp muộn", "Quá hạn"), cells(annex, 2));
            assertEquals(List.of("1", "Số buổi phát thanh (buổi)", "trên 228", "28", "trên 200", ""), cells(annex, 3));
            assertEquals(List.of("2", "Tỷ lệ hồ sơ trực tuyến (%)", "5.010/5.092 (98,39%)", "5.010/5.092 (98,39%)", "",
                    ""), cells(annex, 4));
            assertEquals(List.of("3", "Số cán bộ được tập huấn (người)", "225 – 230", "125 – 130", "100", ""),
                    cells(annex, 5));
        }
    }

    /**
     * Renders the report with LibreOffice (skipped only where soffice is not installed) and reads the
     * PDF: the report pages are portrait, the annex pages landscape, and every figure of the read
     * model (each unit's value and each city total, as the indicators endpoint answers them) is on
     * the annex pages. Cells may wrap, so each figure's words are looked for.
     */
    @Test
    void libreOfficeRendersTheAnnexLandscapeWithEveryFigureOfTheReadModel() throws Exception {
        java.nio.file.Path soffice = onPath("soffice");
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        UUID id = round();
        byte[] report = download(id, "report.docx", TestTokens.cityAdmin(), 200);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("nq57-render");
        java.nio.file.Path docx = dir.resolve("bao-cao.docx");
        java.nio.file.Files.write(docx, report);
        Process render = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(render.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, render.exitValue(), java.nio.file.Files.readString(dir.resolve("soffice.log")));
        vn.nq57.aggregation.rollup.RoundRollup rollup = given().auth().oauth2(TestTokens.cityAdmin())
                .get("/api/v1/aggregation/rounds/" + id + "/indicators").then().statusCode(200).extract()
                .as(vn.nq57.aggregation.rollup.RoundRollup.class);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                dir.resolve("bao-cao.pdf").toFile())) {
            var first = pdf.getPage(0).getMediaBox();
            assertTrue(first.getHeight() > first.getWidth(), "the report is portrait");
            int annexFrom = -1;
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (annexFrom < 0 && stripper.getText(pdf).contains("PHỤ LỤC")) {
                    annexFrom = page;
                }
            }
            assertTrue(annexFrom > 1, "the annex starts on a page of its own");
            for (int page = annexFrom; page <= pdf.getNumberOfPages(); page++) {
                var box = pdf.getPage(page - 1).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "annex page " + page + " is landscape");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(annexFrom - 1);
            String pages = stripper.getText(pdf).replaceAll("\\s+", " ");
            for (String line : List.of("I. TÌNH HÌNH TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                    "III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", "IV. ĐÁNH GIÁ CHUNG", "V. KIẾN NGHỊ, ĐỀ XUẤT",
                    "VI. TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ GỬI BÁO CÁO", "Số buổi phát thanh: trên 228 buổi (2/3 đơn vị báo cáo)",
                    "Tỷ lệ hồ sơ trực tuyến: 5.010/5.092 (98,39%) (1/3 đơn vị báo cáo)",
                    "Số cán bộ được tập huấn: 225 – 230 người (2/3 đơn vị báo cáo)", "Kế hoạch số 48/KH-UBND ngày 20/08/2025",
                    "71 cụm phát thanh số và 38 cụm có dây", "2/3 đơn vị đã gửi báo cáo, tỷ lệ đầy đủ 66,67%")) {
                assertTrue(pages.contains(line), "\"" + line + "\" is on the report pages:\n" + pages);
            }
            for (var indicator : rollup.indicators()) {
                String city = VietnameseFormat.total(indicator.total(), indicator.kind());
                assertTrue(pages.contains(indicator.name() + ": " + city), "the read model's " + indicator.name()
                        + ": " + city);
            }
            stripper.setStartPage(annexFrom);
            stripper.setEndPage(pdf.getNumberOfPages());
            String annex = stripper.getText(pdf);
            List<String> figures = new java.util.ArrayList<>();
            for (var indicator : rollup.indicators()) {
                figures.add(vn.nq57.aggregation.format.VietnameseFormat.total(indicator.total(), indicator.kind()));
                indicator.units().forEach(v -> figures.add(vn.nq57.aggregation.format.VietnameseFormat.value(v,
                        indicator.kind())));
                figures.add(indicator.name());
            }
            assertEquals(List.of("trên 228", "28", "trên 200", "Số buổi phát thanh", "5.010/5.092 (98,39%)",
                    "5.010/5.092 (98,39%)", "Tỷ lệ hồ sơ trực tuyến", "225 – 230", "125 – 130", "100",
                    "Số cán bộ được tập huấn"), figures);
            for (String figure : figures) {
                for (String word : figure.split("\\s+")) {
                    assertTrue(annex.contains(word), "\"" + word + "\" of " + figure + " is on the annex pages:\n" + annex);
                }
            }
        }
    }

    /** The narrative follows the version that counts: a later version replaces, a withdrawal removes, acceptance keeps. */
    @Test
    void sectionsFollowTheCountedVersionOnEachBasis() throws Exception {
        clock.set(vn("2025-12-04T08:00:00"));
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(
                indicator("RADIO_BROADCASTS", "Số buổi phát thanh", "buổi", IndicatorKind.COUNT, AggregationRule.SUM)), 1));
        String first = "Phường duy trì phát sóng trên 71 cụm loa truyền thanh số mỗi ngày.";
        String second = "Phường duy trì phát sóng trên 80 cụm loa truyền thanh số và có dây mỗi ngày.";
        Fixtures.report(EventType.REPORT_SUBMITTED, version(id, ReportStatus.SUBMITTED, 1, first, 2));
        Fixtures.report(EventType.REPORT_ACCEPTED, version(id, ReportStatus.ACCEPTED, 2, second, 5));
        Fixtures.report(EventType.REPORT_SUBMITTED, version(id, ReportStatus.RESUBMITTED, 2, second, 4));
        eventually(() -> assertEquals(List.of(second), quotes(id, "ACCEPTED")));
        assertEquals(List.of(second), quotes(id, "LATEST_SUBMITTED"), "version 2 replaced version 1");

        Fixtures.report(EventType.REPORT_WITHDRAWN, version(id, ReportStatus.DRAFT, 2, second, 6));
        eventually(() -> assertEquals(List.of(), quotes(id, "LATEST_SUBMITTED")));
        assertEquals(List.of(second), quotes(id, "ACCEPTED"), "the accepted version keeps its texts");
    }

    private static vn.nq57.contracts.events.ReportSnapshot version(UUID round, ReportStatus status, int version,
            String text, long revision) {
        return Fixtures.written(Fixtures.report(round, PHU_LIEN, status, version, vn("2025-12-03T09:00:00"),
                List.of(exact("RADIO_BROADCASTS", 71)), revision), List.of(),
                List.of(new ReportSection("I.2.1", RADIO_SECTION, text)));
    }

    /** The excerpts section I of the report quotes, without their quotation marks. */
    private List<String> quotes(UUID id, String basis) {
        byte[] bytes = given().auth().oauth2(TestTokens.cityStaff()).queryParam("basis", basis)
                .get("/api/v1/aggregation/rounds/" + id + "/report.docx").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            return body.subList(body.indexOf("I. TÌNH HÌNH TRIỂN KHAI"), body.indexOf("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"))
                    .stream().filter(t -> t.startsWith("- Phường Phù Liễn: “"))
                    .map(t -> t.substring("- Phường Phù Liễn: “".length(), t.length() - 1)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theReportRendersWithALineSayingSoWhenPlanServiceDoesNotAnswerInTime() throws Exception {
        UUID id = round(PlanServiceStub.SLOW);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                download(id, "report.docx", TestTokens.integration(), 200)))) {
            List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                    .toList();
            int at = body.indexOf("1. Ban hành kế hoạch của các đơn vị");
            assertTrue(at > 0, body.toString());
            assertEquals("Chưa có số liệu ban hành kế hoạch của các đơn vị: không kết nối được hệ thống quản lý kế "
                    + "hoạch.", body.get(at + 1));
            assertTrue(body.contains("I. TÌNH HÌNH TRIỂN KHAI") && body.contains("2. Tình hình gửi báo cáo")
                    && body.contains("PHỤ LỤC"), "the rest of the report is there");
        }
    }

    private static java.nio.file.Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            java.nio.file.Path candidate = java.nio.file.Path.of(dir, command);
            if (java.nio.file.Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void textAFormulaCouldRunIsExportedAsTextNeverAsAFormula() throws Exception {
        clock.set(vn("2025-12-04T08:00:00"));
        String code = "8" + (System.nanoTime() % 10_000);
        String evil = "=HYPERLINK(\"http://127.0.0.1/x\",\"Bấm vào đây\")";
        Fixtures.send(EventType.UNIT_UPSERTED, code, Fixtures.testUnit(code, evil));
        UUID id = UUID.randomUUID();
        Fixtures.send(EventType.ROUND_OPENED, id.toString(), Fixtures.round(id, List.of(code),
                vn("2025-12-03T17:00:00"), List.of(indicator("NOTE", "Ghi chú", null, IndicatorKind.TEXT,
                        AggregationRule.NONE), indicator("CHANGE", "Thay đổi", "buổi", IndicatorKind.COUNT,
                        AggregationRule.SUM)), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, code, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(Fixtures.text("NOTE", "@SUM(1+1)"), exact("CHANGE", -5)), 1));
        eventually(() -> StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                .body("units[0].unitName", equalTo(evil)));

        String csv = new String(download(id, "export.csv", TestTokens.cityAdmin(), 200), StandardCharsets.UTF_8);
        List<String> lines = csv.substring(1).lines().toList();
        String quotedEvil = "\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"Bấm vào đây\"\")\"";
        assertEquals(code + "," + quotedEvil + ",XA,SUBMITTED_ON_TIME,NOTE,Ghi chú,,NONE,EXACT,,,,,,'@SUM(1+1),false,",
                lines.get(1));
        assertEquals(code + "," + quotedEvil + ",XA,SUBMITTED_ON_TIME,CHANGE,Thay đổi,buổi,SUM,EXACT,-5,,,,,,false,",
                lines.get(2), "a negative number stays a number");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(id, "export.xlsx", TestTokens.cityAdmin(), 200)))) {
            Row row = book.getSheet("Chỉ tiêu").getRow(1);
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals(evil, row.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, row.getCell(4).getCellType());
            assertEquals("@SUM(1+1)", row.getCell(4).getStringCellValue());
            Row status = book.getSheet("Tình trạng nộp").getRow(1);
            assertEquals(CellType.STRING, status.getCell(1).getCellType());
            assertEquals(evil, status.getCell(1).getStringCellValue());
        }
    }

    @Test
    void exportsAreForCityRolesAndIntegrationsOfTheProvince() {
        UUID id = round();
        download(id, "export.xlsx", TestTokens.unitOfficer(PHU_LIEN), 403);
        download(id, "report.docx", TestTokens.otherCityAdmin(), 403);
        download(id, "export.csv", TestTokens.noRole(), 403);
        given().get("/api/v1/aggregation/rounds/" + id + "/export.csv").then().statusCode(401);
        download(UUID.randomUUID(), "export.csv", TestTokens.cityAdmin(), 404);
        given().auth().oauth2(TestTokens.cityAdmin()).queryParam("basis", "NEWEST")
                .get("/api/v1/aggregation/rounds/" + id + "/report.docx").then().statusCode(400);
        download(id, "report.docx", TestTokens.integration(), 200);
    }

    private static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().get(0);
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> texts(Row row, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }

    private static List<Double> numbers(Row row, int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> row.getCell(i).getNumericCellValue())
                .toList();
    }
}
