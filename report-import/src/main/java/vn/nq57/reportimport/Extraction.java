package vn.nq57.reportimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer read from one document. Every offset ({@code start}/{@code end}) is a
 * character offset into {@link #text()}, the extracted text; paragraph numbers index
 * {@link #paragraphCount()} paragraphs in document order.
 *
 * @param ocrLike true when the text lost its diacritics (OCR output) and matching was OCR-tolerant
 * @param figures every number in the text and where it went, so that none is dropped silently
 */
public record Extraction(
        String text,
        boolean ocrLike,
        int paragraphCount,
        Header header,
        List<SectionMatch> sections,
        List<IndicatorMatch> indicators,
        List<Note> difficulties,
        List<Note> causes,
        List<Recommendation> recommendations,
        List<UnplacedParagraph> unplacedParagraphs,
        List<UnplacedFigure> unplacedFigures,
        List<FigureSpan> figures) {

    /** The header of an administrative document (Decree 30/2020): number, place, date, signer, recipients. */
    public record Header(String numberSymbol, String place, DocumentDate date, String title,
            List<String> signerTitles, String signerName, List<String> recipients,
            DocumentReference plan, DocumentReference request) {
    }

    /** A date as written; a part left blank for the signer ("ngày … tháng 12 năm 2025") is null. */
    public record DocumentDate(Integer day, Integer month, Integer year) {

        /** The date when every part is written and valid. */
        public LocalDate toLocalDate() {
            if (day == null || month == null || year == null) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }

    /** Another document the report cites, e.g. plan {@code 192/KH-UBND} of 08/8/2025. */
    public record DocumentReference(String numberSymbol, LocalDate date, String quote, int start, int end) {
    }

    /**
     * A block of the source document (a heading and the paragraphs under it) and the outline
     * section it was mapped to ({@code code} null when nothing fitted; then its paragraphs are unplaced).
     */
    public record SectionMatch(String code, String outlineTitle, String sourceNumber, String sourceHeading,
            double confidence, int firstParagraph, int lastParagraph, int start, int end, String text) {
    }

    /**
     * One reported value of a catalogue indicator, with its provenance.
     *
     * @param percent       the percentage when the figure is one ("100%"), or the one written beside a
     *                      ratio ("98,39%" beside "5.010/5.092"); null otherwise
     * @param measureWord   the counted noun written after the number ("lượt", "tin, bài"), or null
     * @param quote         the sentence it was read from; {@code start}/{@code end} delimit the quote,
     *                      {@code valueStart}/{@code valueEnd} the figure itself
     * @param sectionCode   the outline section the sentence was placed in, or null
     * @param atLeast       with RANGE only: the range is a lower bound ("hơn 560–900"); false otherwise
     */
    public record IndicatorMatch(String code, Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
            BigDecimal numerator, BigDecimal denominator, BigDecimal percent, String measureWord, String quote,
            int start, int end, int valueStart, int valueEnd, double confidence, String sectionCode, boolean atLeast) {
    }

    /** A difficulty or a cause, one item of a list. */
    public record Note(String text, int paragraph, int start, int end) {
    }

    /** A recommendation and whom it is addressed to ("UBND thành phố", "Sở Khoa học và Công nghệ"), if said. */
    public record Recommendation(String text, String addressee, int paragraph, int start, int end) {
    }

    public record UnplacedParagraph(int paragraph, int start, int end, String text, String reason) {
    }

    /** A number that is not an indicator value nor a date, year, document number or outline number. */
    public record UnplacedFigure(String written, Qualifier qualifier, String value, String measureWord, String quote,
            int start, int end, int paragraph, String sectionCode, String reason) {
    }

    /** Where a number of the text went. */
    public enum FigureRole { INDICATOR, UNPLACED, DATE, YEAR, REFERENCE, NUMBERING, PAGE_NUMBER }

    /** A number of the text ({@code start}/{@code end}) and its role. */
    public record FigureSpan(int start, int end, String written, FigureRole role) {
    }

    /** One value per indicator for a draft: the most confident, the earliest on ties. */
    public List<IndicatorMatch> bestPerIndicator() {
        Map<String, IndicatorMatch> best = new LinkedHashMap<>();
        indicators.stream()
                .sorted(Comparator.comparingDouble(IndicatorMatch::confidence).reversed()
                        .thenComparingInt(IndicatorMatch::valueStart))
                .forEach(m -> best.putIfAbsent(m.code(), m));
        return best.values().stream().sorted(Comparator.comparingInt(IndicatorMatch::valueStart)).toList();
    }
}
