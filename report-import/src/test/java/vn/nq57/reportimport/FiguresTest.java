package vn.nq57.reportimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese number forms and the structural figures that must not be taken for quantities. */
class FiguresTest {

    private static List<Figure> scan(String text) {
        return Figures.scan(Fold.fold(text, Fold.looksLikeOcr(text)), List.of(), List.of());
    }

    private static Figure only(String text) {
        List<Figure> quantities = scan(text).stream().filter(f -> f.kind() == Figure.Kind.QUANTITY).toList();
        assertEquals(1, quantities.size(), "quantities in: " + text + " → " + quantities);
        return quantities.get(0);
    }

    @Test
    void dotGroupsThousandsAndCommaIsTheDecimalMark() {
        assertEquals(new BigDecimal("1500"), only("thu hút 1.500 người").value());
        assertEquals(new BigDecimal("1250000"), only("tổng 1.250.000 lượt").value());
        assertEquals(new BigDecimal("286.98"), only("diện tích 286,98 km²").value());
        Figure percent = only("đạt 98,39% kế hoạch");
        assertEquals(new BigDecimal("98.39"), percent.percent());
        assertEquals(new BigDecimal("2"), only("thành lập 02 tổ").value());
    }

    @Test
    void qualifiersComeFromTheWordBeforeTheNumber() {
        assertEquals(Qualifier.AT_LEAST, only("đăng hơn 20 tin").qualifier());
        assertEquals(Qualifier.AT_LEAST, only("phát trên 200 lượt").qualifier());
        assertEquals(Qualifier.AT_LEAST, only("tối thiểu 3 buổi").qualifier());
        assertEquals(Qualifier.AT_LEAST, only("đăng >150 tin").qualifier());
        assertEquals(Qualifier.ABOUT, only("gần 200 người").qualifier());
        assertEquals(Qualifier.ABOUT, only("khoảng 71.000 người").qualifier());
        assertEquals(Qualifier.ABOUT, only("xấp xỉ 40 cụm").qualifier());
        assertEquals(Qualifier.EXACT, only("có 14 màn hình").qualifier());
    }

    @Test
    void rangesWithHyphenEnDashOrWords() {
        Figure dash = only("có 125 – 130 cán bộ");
        assertEquals(Qualifier.RANGE, dash.qualifier());
        assertEquals(new BigDecimal("125"), dash.min());
        assertEquals(new BigDecimal("130"), dash.max());
        assertEquals(Qualifier.RANGE, only("máy tính 3-10 năm").qualifier());
        Figure words = only("từ 10 đến 15 lớp");
        assertEquals(new BigDecimal("15"), words.max());
    }

    @Test
    void aWordOfLowerBoundBeforeARangeMakesItAnAtLeastRange() {
        String seed = "Hơn 560–900 lượt tham gia cuộc thi số.";
        Figure range = only(seed);
        assertEquals(Qualifier.RANGE, range.qualifier());
        assertEquals(new BigDecimal("560"), range.min());
        assertEquals(new BigDecimal("900"), range.max());
        assertTrue(range.atLeast());
        assertEquals("Hơn 560–900", seed.substring(range.start(), range.end()), "the figure covers its qualifier word");
        for (String text : List.of("trên 10 - 15 lớp", "Ít nhất 3–5 buổi", "tối thiểu 02-03 đợt/năm", "đạt ≥ 20-30 tin",
                "Hon 560-900 luot tham gia cuoc thi so", "tren 10 - 15 lop", "it nhat 3-5 buoi", "Toi thieu 02-03 dot")) {
            Figure f = only(text);
            assertEquals(Qualifier.RANGE, f.qualifier(), text);
            assertTrue(f.atLeast(), text);
        }
    }

    @Test
    void aRangeWithoutAWordOfLowerBoundIsPlain() {
        for (String text : List.of("có 125 – 130 cán bộ", "máy tính 3-10 năm", "từ 10 đến 15 lớp", "vượt 10-15 tin",
                "gần 10-15 tin", "thôn 10-15 hộ")) {
            Figure f = only(text);
            assertEquals(Qualifier.RANGE, f.qualifier(), text);
            assertFalse(f.atLeast(), text);
        }
        Figure single = only("Hơn 560 lượt tham gia");
        assertEquals(Qualifier.AT_LEAST, single.qualifier());
        assertFalse(single.atLeast(), "a single number keeps the AT_LEAST qualifier, not the range mark");
    }

    @Test
    void ratiosAndPercentagesWithTheirRatio() {
        Figure ratio = only("tỷ lệ 98,39% (5.010/5.092 hồ sơ)");
        assertEquals(Qualifier.RATIO, ratio.qualifier());
        assertEquals(new BigDecimal("5010"), ratio.numerator());
        assertEquals(new BigDecimal("5092"), ratio.denominator());
        assertEquals(new BigDecimal("98.39"), ratio.percent());
        assertEquals(Qualifier.RATIO, only("có 20/20 cán bộ").qualifier());
    }

    @Test
    void datesYearsAndDocumentNumbersAreNotQuantities() {
        String text = "Kế hoạch số 192/KH-UBND ngày 08/8/2025 về Nghị quyết 57-NQ/TW, Đề án 06, Công văn 4383/SKHCN-TTTT, "
                + "từ 7/2025, Ngày Chuyển đổi số quốc gia 10/10, năm 2025, ngày 22 tháng 12 năm 2024, ngày    tháng 12 năm 2025, "
                + "Quyết định số 1169/QĐ-\nTTg, giai đoạn 2025-2030.";
        assertEquals(List.of(), scan(text).stream().filter(f -> f.kind() == Figure.Kind.QUANTITY).toList());
    }

    @Test
    void ocrDigitsInsideWordsAreLettersAndLettersInsideNumbersAreDigits() {
        String ocr = "Trong nam 2025 phuong da dang tai hon l.500 tin bai ve chuyen doi s6 va $6 hoa, t6 chuc 1an thu nhat. "
                .repeat(4);
        List<Figure> quantities = scan(ocr).stream().filter(f -> f.kind() == Figure.Kind.QUANTITY).toList();
        assertEquals(4, quantities.size(), quantities.toString());
        assertEquals(new BigDecimal("1500"), quantities.get(0).value());
        assertEquals(Qualifier.AT_LEAST, quantities.get(0).qualifier());
    }
}
