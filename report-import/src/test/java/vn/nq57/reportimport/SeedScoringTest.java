package vn.nq57.reportimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the importer against the hand annotation of the three seed reports, as text and as the
 * .docx and .pdf generated from them: recall and precision of (indicator, value, qualifier), every
 * figure either placed or listed as unplaced, and the section each source heading maps to.
 */
class SeedScoringTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(CityProfile.PROFILE);
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d$¢§])\\d+(?![\\p{L}\\d])");
    private static final List<String> REPORT = new ArrayList<>();

    private record Score(int annotated, int extracted, int matched, List<String> missed, List<String> spurious) {

        double recall() {
            return annotated == 0 ? 1 : (double) matched / annotated;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) matched / extracted;
        }
    }

    @Test
    void plainTextMeetsTheQualityBar() {
        assertFormat(DocumentFormat.TEXT);
    }

    @Test
    void wordDocumentsMeetTheQualityBar() {
        assertFormat(DocumentFormat.DOCX);
    }

    @Test
    void pdfWithTextLayerMeetsTheQualityBar() {
        assertFormat(DocumentFormat.PDF);
    }

    /** The seeds with every diacritic removed, as a poor OCR would deliver them: OCR mode must do as well. */
    @Test
    void textWithoutDiacriticsMeetsTheQualityBar() {
        assertFormat(null);
    }

    private static Extraction read(String seed, DocumentFormat format) {
        if (format == null) {
            String stripped = java.text.Normalizer.normalize(SeedDocuments.text(seed), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
            return IMPORTER.read(stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8), DocumentFormat.TEXT);
        }
        return IMPORTER.read(SeedDocuments.bytes(seed, format), format);
    }

    private static void assertFormat(DocumentFormat requested) {
        String format = requested == null ? "TEXT without diacritics" : requested.name();
        int annotated = 0;
        int extracted = 0;
        int matched = 0;
        int headings = 0;
        int headingsRight = 0;
        List<String> problems = new ArrayList<>();
        for (String seed : SeedDocuments.SEEDS) {
            SeedAnnotation annotation = SeedAnnotation.load(seed);
            Extraction extraction = read(seed, requested);
            Score score = score(annotation, extraction);
            annotated += score.annotated;
            extracted += score.extracted;
            matched += score.matched;
            score.missed.forEach(m -> problems.add(seed + " missed " + m));
            score.spurious.forEach(s -> problems.add(seed + " spurious " + s));
            assertEveryFigureAccountedFor(seed, format, extraction);
            assertAnnotatedUnplacedListed(seed, annotation, extraction, problems);
            int[] sections = sections(seed, annotation, extraction, problems);
            headings += sections[0];
            headingsRight += sections[1];
            REPORT.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f%% | %.1f%% | %d/%d |", format, seed,
                    score.annotated, score.extracted, score.matched, 100 * score.recall(), 100 * score.precision(),
                    sections[1], sections[0]));
        }
        double recall = (double) matched / annotated;
        double precision = (double) matched / extracted;
        String summary = String.format(Locale.ROOT, "| %s | all three | %d | %d | %d | %.1f%% | %.1f%% | %d/%d |", format,
                annotated, extracted, matched, 100 * recall, 100 * precision, headingsRight, headings);
        REPORT.add(summary);
        System.out.println(summary);
        problems.forEach(p -> System.out.println("  " + format + " " + p));
        assertTrue(recall >= 0.95, "recall " + recall + " below 95%: " + problems);
        assertTrue(precision >= 0.95, "precision " + precision + " below 95%: " + problems);
        assertEquals(headings, headingsRight, "headings mapped to the wrong outline section: " + problems);
    }

    private static Score score(SeedAnnotation annotation, Extraction extraction) {
        Map<String, Integer> expected = new HashMap<>();
        annotation.facts().stream().filter(f -> !f.code().equals(SeedAnnotation.UNPLACED))
                .forEach(f -> expected.merge(f.key(), 1, Integer::sum));
        int annotated = expected.values().stream().mapToInt(Integer::intValue).sum();
        List<String> spurious = new ArrayList<>();
        int matched = 0;
        for (Extraction.IndicatorMatch m : extraction.indicators()) {
            String key = m.code() + " " + m.qualifier() + " " + SeedAnnotation.display(m);
            Integer left = expected.get(key);
            if (left != null && left > 0) {
                expected.put(key, left - 1);
                matched++;
            } else {
                spurious.add(key + " <" + m.quote().replaceAll("\\s+", " ") + ">");
            }
        }
        List<String> missed = new ArrayList<>();
        expected.forEach((k, v) -> {
            for (int i = 0; i < v; i++) {
                missed.add(k);
            }
        });
        return new Score(annotated, extraction.indicators().size(), matched, missed, spurious);
    }

    /** Every number of the extracted text is an indicator value, a structural figure, or listed as unplaced. */
    private static void assertEveryFigureAccountedFor(String seed, String format, Extraction extraction) {
        boolean[] covered = new boolean[extraction.text().length()];
        for (Extraction.FigureSpan span : extraction.figures()) {
            for (int i = span.start(); i < span.end(); i++) {
                covered[i] = true;
            }
        }
        for (Extraction.IndicatorMatch m : extraction.indicators()) {
            for (int i = m.valueStart(); i < m.valueEnd(); i++) {
                covered[i] = true;
            }
        }
        long unplacedSpans = extraction.figures().stream().filter(f -> f.role() == Extraction.FigureRole.UNPLACED
                || f.role() == Extraction.FigureRole.PAGE_NUMBER).count();
        assertEquals(unplacedSpans, extraction.unplacedFigures().size(), "each unplaced figure is listed once");
        Matcher m = DIGITS.matcher(extraction.text());
        int total = 0;
        while (m.find()) {
            total++;
            assertTrue(covered[m.start()], format + " " + seed + ": figure '" + m.group() + "' at " + m.start()
                    + " is neither placed nor listed: …" + context(extraction.text(), m.start()) + "…");
        }
        assertTrue(total > 10, "the seed has figures");
    }

    private static void assertAnnotatedUnplacedListed(String seed, SeedAnnotation annotation, Extraction extraction,
            List<String> problems) {
        for (SeedAnnotation.Fact fact : annotation.facts()) {
            if (!fact.code().equals(SeedAnnotation.UNPLACED)) {
                continue;
            }
            String quote = Fold.phrase(fact.quote());
            boolean listed = extraction.unplacedFigures().stream()
                    .map(u -> Fold.phrase(u.quote()))
                    .anyMatch(u -> u.contains(quote) || quote.contains(u));
            if (!listed) {
                problems.add(seed + " unplaced fact not listed: " + fact.value() + " <" + fact.quote() + ">");
            }
            assertTrue(listed, seed + ": the unplaced figure " + fact.value() + " <" + fact.quote() + "> is not listed");
        }
    }

    /** [annotated headings, headings mapped as annotated]; each source heading is found by its numbering. */
    private static int[] sections(String seed, SeedAnnotation annotation, Extraction extraction, List<String> problems) {
        int right = 0;
        for (SeedAnnotation.ExpectedSection expected : annotation.sections()) {
            Extraction.SectionMatch actual = extraction.sections().stream()
                    .filter(s -> expected.sourceNumber().equals(s.sourceNumber())).findFirst().orElse(null);
            if (actual != null && expected.codes().contains(actual.code())) {
                right++;
            } else {
                problems.add(seed + " section " + expected.sourceNumber() + " <" + expected.heading() + "> expected "
                        + expected.codes() + " got " + (actual == null ? "no such heading" : actual.code()));
            }
        }
        return new int[] {annotation.sections().size(), right};
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String context(String text, int at) {
        return flat(text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)));
    }

    @AfterAll
    static void writeScores() throws IOException {
        Path out = Path.of("target", "document-import-scores.md");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("| format | seed | annotated | extracted | matched | recall | precision | headings mapped |");
        lines.add("|---|---|---|---|---|---|---|---|");
        lines.addAll(REPORT);
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }
}
