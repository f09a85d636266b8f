package vn.nq57.submission.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.reportimport.DocumentFormat;
import vn.nq57.reportimport.DocumentImporter;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.DefaultTemplate;

/** The importer's at-least range ("Hơn 560–900" in the Cát Hải seed) reaches the draft as one. */
class AtLeastRangeDraftTest {

    private static final RoundEntity ROUND = new RoundEntity(UUID.randomUUID(), UUID.randomUUID(), "round", "31", null,
            null, null, null, null, null, List.of("11446"), DefaultTemplate.TEMPLATE.outline(),
            DefaultTemplate.TEMPLATE.indicators(), null, null, null, null, List.of(), null, 1, null, null, null, List.of());

    @Test
    void theCatHaiSeedsContestFigureIsAnAtLeastRangeInTheDraft() throws IOException {
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("/seeds/report-dac-khu-cat-hai-2025.txt")) {
            text = in.readAllBytes();
        }
        List<IndicatorValue> indicators = DraftBuilder.build(new DocumentImporter(ImportProfiles.of(ROUND))
                .read(text, DocumentFormat.TEXT), ROUND).content().indicators();

        IndicatorValue contest = indicators.stream().filter(v -> v.code().equals("CONTEST_PARTICIPATIONS")).findFirst()
                .orElseThrow(() -> new AssertionError("CONTEST_PARTICIPATIONS not in " + indicators));
        assertEquals(Qualifier.RANGE, contest.qualifier(), contest.toString());
        assertEquals(new BigDecimal("560"), contest.min());
        assertEquals(new BigDecimal("900"), contest.max());
        assertEquals(Boolean.TRUE, contest.atLeast(), contest.toString());
        indicators.stream().filter(v -> v != contest)
                .forEach(v -> assertNull(v.atLeast(), "only the at-least range carries the mark: " + v));
    }
}
