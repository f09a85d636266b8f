package vn.nq57.submission.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.OutlineSection;

/** Plain JUnit: report content against the round's outline and indicator catalogue. */
class ContentValidatorTest {

    private static final RoundEntity ROUND = new RoundEntity(UUID.randomUUID(), null, "Báo cáo năm 2025", "31", null,
            null, null, OffsetDateTime.parse("2025-12-03T17:00:00+07:00"), null, null, List.of("11446"),
            List.of(new OutlineSection("I", "Kết quả", true, null,
                            List.of(new OutlineSection("I.1", "Tuyên truyền", false, null, null))),
                    new OutlineSection("II", "Khó khăn", true, null, null),
                    new OutlineSection("III", "Kiến nghị", false, null, null)),
            List.of(new IndicatorDefinition("SESSIONS", "Số buổi", "buổi", IndicatorKind.COUNT, AggregationRule.SUM,
                            BigDecimal.ZERO, new BigDecimal("1000")),
                    new IndicatorDefinition("REACH", "Tỷ lệ", "%", IndicatorKind.PERCENTAGE, AggregationRule.AVERAGE,
                            null, null),
                    new IndicatorDefinition("SIGNED", "Đã ký", null, IndicatorKind.RATIO, AggregationRule.SUM, null, null),
                    new IndicatorDefinition("NOTE", "Ghi chú", null, IndicatorKind.TEXT, AggregationRule.NONE, null, null)),
            null, null, null, null, null, null, 1, null, null, null, List.of());

    private static IndicatorValue value(String code, Qualifier q, String value) {
        return new IndicatorValue(code, q, value == null ? null : new BigDecimal(value), null, null, null, null, null, null);
    }

    private static List<String> fields(ReportContent content, boolean submitting) {
        return ContentValidator.check(content, ROUND, submitting).stream().map(FieldError::field).toList();
    }

    private static ReportContent content(List<SectionText> sections, List<IndicatorValue> values) {
        return new ReportContent(null, sections, values, List.of(), List.of(), List.of());
    }

    @Test
    void aRequiredSectionCountsWhenItOrASubSectionHasText() {
        ReportContent written = content(List.of(new SectionText("I.1", "Đã tổ chức 12 buổi"),
                new SectionText("II", "Thiếu cán bộ")), List.of());
        assertEquals(List.of(), fields(written, true));
        ReportContent draft = content(List.of(new SectionText("I", "  ")), List.of());
        assertEquals(List.of(), fields(draft, false));
        assertEquals(List.of("sections.I", "sections.II"), fields(draft, true));
    }

    @Test
    void unknownAndDuplicateCodesAreNamed() {
        assertEquals(List.of("sections[1].code", "sections[2].code"), fields(content(List.of(
                new SectionText("I", "a"), new SectionText("IX", "b"), new SectionText("I", "c")), List.of()), false));
        assertEquals(List.of("indicators[0].code", "indicators[2].code"), fields(content(List.of(), List.of(
                value("UNKNOWN", Qualifier.EXACT, "1"), value("SESSIONS", Qualifier.EXACT, "1"),
                value("SESSIONS", Qualifier.EXACT, "2"))), false));
    }

    private static List<FieldError> errorsOf(IndicatorValue v) {
        return ContentValidator.check(content(List.of(), List.of(v)), ROUND, false);
    }

    private static String reasonOf(IndicatorValue v) {
        List<FieldError> errors = errorsOf(v);
        assertEquals(1, errors.size(), String.valueOf(errors));
        return errors.get(0).field() + ": " + errors.get(0).reason();
    }

    @Test
    void onlyARangeIsMarkedAsALowerBound() {
        IndicatorValue moreThanRange = new IndicatorValue("SESSIONS", Qualifier.RANGE, null, new BigDecimal("560"),
                new BigDecimal("900"), null, null, null, "Hơn 560–900 lượt", true);
        assertEquals(List.of(), errorsOf(moreThanRange));
        IndicatorValue markedExact = new IndicatorValue("SESSIONS", Qualifier.EXACT, new BigDecimal("5"), null, null,
                null, null, null, null, true);
        assertEquals("indicators[0].atLeast", reasonOf(markedExact).split(":")[0]);
    }

    @Test
    void valuesFollowTheirKindAndTheCatalogueBounds() {
        assertEquals(List.of(), errorsOf(value("SESSIONS", Qualifier.EXACT, "12")));
        assertEquals("indicators[0].value: a count must be a whole number", reasonOf(value("SESSIONS", Qualifier.EXACT, "2.5")));
        assertEquals("indicators[0].value: must be at most 1000", reasonOf(value("SESSIONS", Qualifier.AT_LEAST, "1001")));
        assertEquals("indicators[0].value: a percentage must be between 0 and 100",
                reasonOf(value("REACH", Qualifier.ABOUT, "100.5")));
        assertEquals("indicators[0].qualifier: must be RATIO for ratio indicator SIGNED",
                reasonOf(value("SIGNED", Qualifier.EXACT, "3")));
        assertEquals("indicators[0].text: must not be blank for a text indicator", reasonOf(value("NOTE", Qualifier.EXACT, null)));
        assertEquals("indicators[0].value: must not be null", reasonOf(value("REACH", Qualifier.EXACT, null)));
        assertEquals("indicators[0].qualifier: must not be null", reasonOf(value("REACH", null, "5")));
    }

    @Test
    void rangesAndRatiosAreConsistent() {
        assertEquals("indicators[0].max: must not be below min (9)", reasonOf(new IndicatorValue("SESSIONS", Qualifier.RANGE,
                null, new BigDecimal("9"), new BigDecimal("3"), null, null, null, null)));
        assertEquals("indicators[0].numerator: must not exceed the denominator (4)", reasonOf(new IndicatorValue("SIGNED",
                Qualifier.RATIO, null, null, null, new BigDecimal("5"), new BigDecimal("4"), null, null)));
        assertEquals("indicators[0].denominator: must be more than 0", reasonOf(new IndicatorValue("SIGNED",
                Qualifier.RATIO, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null)));
        assertEquals(List.of(), errorsOf(new IndicatorValue("SIGNED", Qualifier.RATIO, null, null, null,
                new BigDecimal("3"), new BigDecimal("4"), null, null)));
    }

    @Test
    void notesAndRecommendationsNeedTextAndAnAddressee() {
        ReportContent content = new ReportContent(null, List.of(), List.of(), List.of(new ReportNote(" ", null)),
                List.of(new ReportNote("Thiếu kinh phí", null)), List.of(new Recommendation("Bổ sung kinh phí", "", null)));
        assertEquals(List.of("difficulties[0].text", "recommendations[0].addressee"),
                ContentValidator.check(content, ROUND, false).stream().map(FieldError::field).toList());
    }
}
