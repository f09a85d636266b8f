package vn.nq57.aggregation.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JUnit: outline codes in outline order, and what each section is to the report. */
class OutlineCodesTest {

    @Test
    void romanThenArabicLevels() {
        List<String> codes = new ArrayList<>(List.of("III", "I.10", "II", "I.2.1", "I.1.2", "I", "IV", "I.2", "IX"));
        codes.sort(OutlineCodes.ORDER);
        assertEquals(List.of("I", "I.1.2", "I.2", "I.2.1", "I.10", "II", "III", "IV", "IX"), codes);
    }

    @Test
    void rolesFollowTheTitles() {
        assertEquals(SectionRole.GENERAL_ASSESSMENT, SectionRole.of("Đánh giá chung"));
        assertEquals(SectionRole.GENERAL_ASSESSMENT, SectionRole.of("II. DANH GIA CHUNG"));
        assertEquals(SectionRole.LISTED, SectionRole.of("Khó khăn, vướng mắc và nguyên nhân"));
        assertEquals(SectionRole.LISTED, SectionRole.of("Kiến nghị, đề xuất"));
        assertEquals(SectionRole.NARRATIVE, SectionRole.of("Đánh giá tác động, hiệu quả"));
        assertEquals(SectionRole.NARRATIVE, SectionRole.of(null));
    }
}
