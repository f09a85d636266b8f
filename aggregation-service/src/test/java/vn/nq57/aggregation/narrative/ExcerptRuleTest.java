package vn.nq57.aggregation.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.narrative.ExcerptRule.Excerpt;
import vn.nq57.aggregation.narrative.ExcerptRule.Source;

/** Plain JUnit: the rule that picks the excerpts the consolidated report quotes. */
class ExcerptRuleTest {

    private static final String PHU_LIEN = "Trung tâm Dịch vụ sự nghiệp công phường đã sản xuất nhiều video clip. "
            + "Trên hệ thống loa truyền thanh, phường duy trì 71 cụm phát thanh số và 38 cụm có dây phát sóng định kỳ.";

    @Test
    void sentencesWithFiguresComeFirstAndMoreFiguresBeforeFewer() {
        List<Excerpt> chosen = ExcerptRule.choose(List.of(
                new Source("11242", "Xã Nguyễn Lương Bằng", "Tổ chức 28 lượt phát thanh chuyên đề về mục tiêu của Nghị quyết."),
                new Source("11446", "Phường Phù Liễn", PHU_LIEN)), 3);
        assertEquals(List.of("Phường Phù Liễn", "Xã Nguyễn Lương Bằng", "Phường Phù Liễn"),
                chosen.stream().map(Excerpt::unitName).toList());
        assertEquals("Trên hệ thống loa truyền thanh, phường duy trì 71 cụm phát thanh số và 38 cụm có dây phát sóng "
                + "định kỳ.", chosen.get(0).text(), "two figures before one");
        assertEquals("Trung tâm Dịch vụ sự nghiệp công phường đã sản xuất nhiều video clip.", chosen.get(2).text(),
                "without figures last, after every unit had one excerpt");
    }

    @Test
    void eachUnitGivesOneExcerptBeforeAnyGivesASecond() {
        List<Excerpt> chosen = ExcerptRule.choose(List.of(
                new Source("11446", "Phường Phù Liễn", "Đăng tải hơn 445 tin bài về cải cách hành chính và chuyển đổi số. "
                        + "Thu hút hơn 1.500 lượt người dân tham gia Ngày hội Chuyển đổi số lần thứ 1."),
                new Source("11914", "Đặc khu Cát Hải", "Treo pano, băng rôn tại trụ sở UBND và các trục đường trung tâm.")),
                2);
        assertEquals(List.of("11446", "11914"), chosen.stream().map(Excerpt::unitCode).toList());
    }

    @Test
    void documentSymbolsDatesAndYearsAreNotFigures() {
        assertEquals(0, ExcerptRule.figures("Kế hoạch số 48/KH-UBND ngày 20/8/2025 về tuyên truyền Nghị quyết 57-NQ/TW năm 2025"));
        assertEquals(3, ExcerptRule.figures("Tỷ lệ hồ sơ trực tuyến 98,39% (5.010/5.092 hồ sơ)"),
                "98,39 and 5.010 and 5.092");
        assertEquals(1, ExcerptRule.figures("Có 14 màn hình LED"));
    }

    @Test
    void shortSentencesAreLeftOutAndLongOnesCutAtAWord() {
        assertNull(ExcerptRule.bounded("Triển khai đồng bộ."));
        String longSentence = "Phường duy trì phát sóng các chuyên mục tuyên truyền định kỳ ".repeat(8).strip() + ".";
        String cut = ExcerptRule.bounded(longSentence);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(cut.length() <= ExcerptRule.MAX_CHARS, cut.length() + "");
        assertTrue(longSentence.startsWith(cut.substring(0, cut.length() - 1)), "cut between words: " + cut);
        assertEquals(List.of(), ExcerptRule.choose(List.of(new Source("1", "A", "Tốt. Đạt yêu cầu. Có 3 tổ."),
                new Source("2", "B", null)), 3));
    }

    @Test
    void nearDuplicatesAreComparedWithoutAccentsAndLeftOut() {
        List<Excerpt> chosen = ExcerptRule.choose(List.of(
                new Source("11446", "Phường Phù Liễn", "Phuong duy tri 71 cum phat thanh so va 38 cum co day tren toan phuong."),
                new Source("11447", "Phường Hải An", "Phường duy trì 71 cụm phát thanh số và 38 cụm có dây trên toàn phường!"),
                new Source("11448", "Phường Lê Chân", "- Tổ chức 04 hội nghị cấp phường về triển khai Nghị quyết và nhiệm vụ.")),
                3);
        assertEquals(List.of("Phường Phù Liễn", "Phường Lê Chân"), chosen.stream().map(Excerpt::unitName).toList());
        assertEquals("Tổ chức 04 hội nghị cấp phường về triển khai Nghị quyết và nhiệm vụ.", chosen.get(1).text(),
                "the list mark is dropped");
    }

    @Test
    void sentencesEndAtStopsSemicolonsAndListItems() {
        assertEquals(List.of("Một.", "Hai;", "Ba", "Bốn"), ExcerptRule.sentences("- Một. Hai; Ba\n+ Bốn"));
    }

    @Test
    void hardWrappedLinesAreOneSentence() {
        // as the seeds wrap them: line breaks, even blank lines, inside a sentence (the OCR scan has no accents)
        assertEquals(List.of("Tren he thong loa truyen thanh phuong (trong do 71 cum phat thanh so va 38 cum co day, "
                + "phat song toan bo cac to dan pho), phuong duy tri phat song.", "Tiep theo."),
                ExcerptRule.sentences("Tren he thong loa truyen thanh phuong (trong do 71 cum phat thanh so va 38 cum co day,\n"
                        + "phat song toan bo cac to dan pho), phuong duy tri\n\nphat song.\nTiep theo."));
        assertEquals(List.of("Có 20/20 cán bộ hoàn thành các khóa MOOCs.", "Có 1.440 người đăng ký Cuộc thi."),
                ExcerptRule.sentences("- Có 20/20 cán bộ hoàn thành \n\ncác khóa MOOCs.  \n\n- Có 1.440 người đăng ký Cuộc thi."));
    }
}
