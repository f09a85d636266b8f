package vn.nq57.submission.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.reportimport.DocumentFormat;
import vn.nq57.reportimport.DocumentImporter;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.report.ReportEntity;
import vn.nq57.submission.report.ReportVersion;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.DefaultTemplate;

/** A seed report imported whole, as its submission event carries it with the section texts, fits the event budget. */
class SeedSnapshotSizeTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2025-12-03T17:00:00+07:00");
    private static final RoundEntity ROUND = new RoundEntity(UUID.randomUUID(), UUID.randomUUID(), "round", "31", null,
            null, null, DUE, null, null, List.of("11446"), DefaultTemplate.TEMPLATE.outline(),
            DefaultTemplate.TEMPLATE.indicators(), null, null, null, null, List.of(), null, 1, null, null, null, List.of());

    @ParameterizedTest
    @ValueSource(strings = {"report-phuong-phu-lien-2025-ocr.txt", "report-xa-nguyen-luong-bang-2025.txt",
        "report-dac-khu-cat-hai-2025.txt"})
    void aSeedReportsSubmissionEventCarriesItsSectionsWellWithinTheBudget(String seed) throws IOException {
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
            text = in.readAllBytes();
        }
        ReportContent content = DraftBuilder.build(new DocumentImporter(ImportProfiles.of(ROUND))
                .read(text, DocumentFormat.TEXT), ROUND).content();
        ReportEntity report = new ReportEntity(UUID.randomUUID(), ROUND.id(), "11446", "31", ReportStatus.SUBMITTED,
                content, List.of(new ReportVersion(1, ReportStatus.SUBMITTED, DUE.minusHours(2), "officer", false, DUE,
                        content, List.of(), false)), List.of(), null, List.of(), DUE, "officer", 2);

        ReportSnapshot snapshot = report.snapshot("officer", ROUND);
        String encoded = EventCodec.encode(EventCodec.wrap(EventType.REPORT_SUBMITTED, EventSources.SUBMISSION_SERVICE,
                snapshot.key(), snapshot, DUE));

        int written = content.sections().stream().mapToInt(s -> s.text().strip().isEmpty() ? 0 : 1).sum();
        assertTrue(written >= 3, seed + " has its sections placed: " + content.sections());
        assertEquals(written, snapshot.sections().size());
        for (ReportSection section : snapshot.sections()) {
            assertEquals(ROUND.sectionTitles().get(section.code()), section.title(), section.code());
        }
        int chars = snapshot.sections().stream().mapToInt(s -> s.text().length()).sum();
        assertTrue(chars > text.length / 4, seed + ": the texts travel, " + chars + " characters");
        int bytes = encoded.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < EventCodec.MAX_EVENT_BYTES / 4, seed + ": " + bytes + " bytes, a quarter of the budget at most");
    }
}
