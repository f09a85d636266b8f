package vn.nq57.aggregation.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeCatalogueTest {

    private final ThemeCatalogue themes = ThemeCatalogue.BUILT_IN;

    @Test
    void notesFromTheSeedsGoToTheirThemeWithOrWithoutAccents() {
        assertEquals("PLATFORMS", themes.assign("Đăng nhập hệ thống nq57.vn thường xuyên lỗi OTP"));
        assertEquals("PLATFORMS", themes.assign("dang nhap he thong nq57.vn thuong xuyen loi OTP"));
        assertEquals("OUTREACH", themes.assign("Người cao tuổi khó tiếp cận"));
        assertEquals("OUTREACH", themes.assign("nguoi cao tuoi kho tiep can"));
        assertEquals("HUMAN_RESOURCES", themes.assign("Cán bộ kiêm nhiệm, quá tải"));
        assertEquals("FUNDING", themes.assign("Chưa bố trí được kinh phí"));
        assertEquals("INFRASTRUCTURE", themes.assign("Hệ thống loa truyền thanh xuống cấp"));
    }

    @Test
    void theThemeWithMostKeywordsWinsAndTiesGoToTheEarlierTheme() {
        // "người cao tuổi" (outreach) once; "nền tảng", "ứng dụng" (platforms) twice.
        assertEquals("PLATFORMS", themes.assign("Người cao tuổi chưa dùng được nền tảng, ứng dụng"));
        assertEquals("OUTREACH", themes.assign("Người cao tuổi chưa dùng được nền tảng"));
    }

    @Test
    void keywordsMatchWholeWordsOnlyAndUnmatchedTextIsOther() {
        assertEquals(ThemeCatalogue.OTHER, themes.assign("Thời tiết mưa bão kéo dài"));
        // "loa" must not match inside another word ("loại").
        assertEquals(ThemeCatalogue.OTHER, themes.assign("Phân loại văn bản chậm"));
        assertEquals(ThemeCatalogue.OTHER, themes.assign(null));
    }

    @Test
    void aCityCatalogueIsCheckedForDuplicatesReservedCodesAndEmptyKeywords() {
        ThemeCatalogue bad = new ThemeCatalogue(List.of(
                new Theme("FUNDING", "Kinh phí", "Funding", List.of("kinh phí")),
                new Theme("FUNDING", "Kinh phí 2", "Funding 2", List.of("ngân sách")),
                new Theme("OTHER", "Khác", "Other", List.of("khác")),
                new Theme("EVENTS", "Sự kiện", "Events", List.of("--"))));
        assertEquals(List.of("themes[1].code", "themes[2].code", "themes[3].keywords[0]"),
                bad.problems().stream().map(e -> e.field()).toList());
        assertTrue(ThemeCatalogue.BUILT_IN.problems().isEmpty());
    }
}
