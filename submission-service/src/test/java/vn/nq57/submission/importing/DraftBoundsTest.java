package vn.nq57.submission.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.reportimport.Extraction;
import vn.nq57.reportimport.Qualifier;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.DefaultTemplate;

/** Imported content is cut to the draft's bounds with notes, and the extraction block to the event budget. */
class DraftBoundsTest {

    private static final RoundEntity ROUND = new RoundEntity(UUID.randomUUID(), UUID.randomUUID(), "round", "31", null,
            null, null, null, null, null, List.of("11446"), DefaultTemplate.TEMPLATE.outline(),
            DefaultTemplate.TEMPLATE.indicators(), null, null, null, null, List.of(), null, 1, null, null, null, List.of());

    private static Extraction extraction(String sectionText, int unplacedParagraphs, String text) {
        List<Extraction.UnplacedParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < unplacedParagraphs; i++) {
            paragraphs.add(new Extraction.UnplacedParagraph(i, 0, 10, "đoạn văn " + "x".repeat(2000), "no heading"));
        }
        return new Extraction(text, false, unplacedParagraphs + 1,
                new Extraction.Header("311/BC-UBND", "Phù Liễn", new Extraction.DocumentDate(3, 12, 1999), "Báo cáo",
                        List.of("TM. ỦY BAN NHÂN DÂN"), "Nguyễn Văn A", List.of("Sở KH&CN"), null, null),
                List.of(new Extraction.SectionMatch("I.2.1", "Tuyên truyền", "2.1", "Tuyên truyền", 0.9, 0, 0, 0, 10,
                        sectionText)),
                List.of(new Extraction.IndicatorMatch("PORTAL_ARTICLES", Qualifier.AT_LEAST, new BigDecimal("445.0"), null,
                        null, null, null, null, "tin bài", "hơn 445 tin bài", 0, 10, 4, 7, 0.9, "I.2.1", false)),
                List.of(new Extraction.Note("Thiếu kinh phí\u0007", 1, 0, 5)), List.of(),
                List.of(new Extraction.Recommendation("Hỗ trợ kinh phí", null, 2, 0, 5)),
                paragraphs, List.of(), List.of());
    }

    @Test
    void longTextsAreCutAtTheirBoundWithANote() {
        DraftBuilder.Draft draft = DraftBuilder.build(extraction("a".repeat(25_000), 0, "t"), ROUND);
        assertEquals(DraftBuilder.SECTION_TEXT, draft.content().sections().get(0).text().length());
        assertTrue(draft.notes().stream().anyMatch(n -> n.startsWith("section I.2.1 was cut at 20000 of its 25000")),
                draft.notes().toString());
        assertEquals("445", draft.content().indicators().get(0).value().toPlainString());
        assertEquals("Thiếu kinh phí", draft.content().difficulties().get(0).text());
        assertNull(draft.content().header().date(), "1999 is outside the domain's dates");
        assertTrue(draft.content().recommendations().isEmpty());
        assertTrue(draft.notes().stream().anyMatch(n -> n.contains("names no addressee")));
    }

    @Test
    void theBlockFitsTheEventBudget() {
        ExtractionView view = ExtractionView.of(extraction("a", 400, "t".repeat(300_000)), "TEXT", "x.txt", "id",
                List.of("note"));
        String json = view.json();
        assertTrue(EventCodec.withinBudget(json), json.length() + " characters");
        assertNull(view.text());
        assertFalse(view.omitted().isEmpty());
        assertTrue(view.omitted().get(0).startsWith("text: 300000 characters"));
        assertTrue(view.unplaced().paragraphs().get(0).text().length() <= ExtractionView.TEXT_BOUND);

        ExtractionView small = ExtractionView.of(extraction("a", 2, "t".repeat(1000)), "TEXT", "x.txt", "id", List.of());
        assertEquals(1000, small.text().length());
        assertTrue(small.omitted().isEmpty());
    }
}
