package vn.nq57.plan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.plan.plan.PlanParts.ContentTheme;

/** Plain JUnit: the plan rules Bean Validation cannot express. */
class PlanRulesTest {

    private static PlanRequest plan(Integer year, LocalDate from, LocalDate to, List<ContentTheme> themes) {
        return new PlanRequest("11446", "Kế hoạch tuyên truyền Nghị quyết 57-NQ/TW", null, year, from, to, null,
                null, null, null, themes, null, null, null, null, null);
    }

    private static ContentTheme theme(String code, ContentTheme... children) {
        return new ContentTheme(code, "Chủ đề " + code, null, List.of(children));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aPeriodEndsAfterItStartsAndStartsWithinTheYear() {
        assertTrue(PlanRules.check(plan(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null)).isEmpty());
        assertEquals(List.of("periodTo"),
                fields(PlanRules.check(plan(2026, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), null))));
        assertEquals(List.of("periodFrom"),
                fields(PlanRules.check(plan(2025, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null))));
    }

    @Test
    void themeCodesAreUniqueAmongSiblingsAndNumberedUnderTheirParent() {
        assertTrue(PlanRules.check(plan(2026, null, null, List.of(theme("1", theme("1.1"), theme("1.2")), theme("2"))))
                .isEmpty());
        assertEquals(List.of("contentThemes[1].code"),
                fields(PlanRules.check(plan(2026, null, null, List.of(theme("1"), theme("1"))))));
        List<FieldError> misnumbered = PlanRules.check(plan(2026, null, null, List.of(theme("1", theme("2.1")))));
        assertEquals(List.of("contentThemes[0].children[0].code"), fields(misnumbered));
        assertEquals("2.1 is not numbered under 1", misnumbered.get(0).reason());
    }

    @Test
    void themesNestAtMostFourLevels() {
        ContentTheme deep = theme("1", theme("1.1", theme("1.1.1", theme("1.1.1.1", theme("1.1.1.1.1")))));
        assertEquals(List.of("contentThemes[0].children[0].children[0].children[0].children[0]"),
                fields(PlanRules.check(plan(2026, null, null, List.of(deep)))));
    }

    @Test
    void numberSymbolsAreNumberSlashTypeAndIssuer() {
        for (String good : List.of("48/KH-UBND", "128/KH-SVHTTDL", "5/KH-BCĐ", "12/KH-UBND/2025")) {
            assertTrue(PlanRules.NUMBER_SYMBOL.matcher(good).matches(), good);
        }
        for (String bad : List.of("KH-UBND", "48 /KH-UBND", "1234567/KH", "48/")) {
            assertTrue(!PlanRules.NUMBER_SYMBOL.matcher(bad).matches(), bad);
        }
    }
}
