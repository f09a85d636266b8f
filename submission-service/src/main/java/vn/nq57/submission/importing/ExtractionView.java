package vn.nq57.submission.importing;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.reportimport.Extraction;

/**
 * The {@code extraction} block of an import: where each part of the draft came from in the document.
 * Offsets are character offsets into {@code text}, the extracted text. The block is held to the event
 * size budget ({@link EventCodec#MAX_EVENT_BYTES}): texts are cut to their bounds, and when the whole
 * is still too large the text and then the longest lists are shortened; {@code omitted} says what.
 *
 * @param sourceAttachmentId the SOURCE attachment holding the original file
 * @param text               the extracted text the offsets refer to, null when omitted for size
 * @param unplaced           what the document says that the draft does not hold, and why
 */
@Schema(description = "Provenance of an imported draft")
public record ExtractionView(String format, String fileName, String sourceAttachmentId, boolean ocrLike,
        int paragraphCount, Extraction.Header header, List<SectionView> sections, List<Extraction.IndicatorMatch> indicators,
        List<Extraction.Note> difficulties, List<Extraction.Note> causes, List<Extraction.Recommendation> recommendations,
        Unplaced unplaced, String text, List<String> omitted) {

    static final int TEXT_BOUND = 1000;
    static final int QUOTE_BOUND = 1500;

    /** A block of the source under one heading and the outline section it went to (null: unplaced). */
    public record SectionView(String code, String outlineTitle, String sourceNumber, String sourceHeading,
            double confidence, int firstParagraph, int lastParagraph, int start, int end) {
    }

    /**
     * @param notes what the draft left out or cut to stay within its bounds and rules
     */
    public record Unplaced(List<Extraction.UnplacedParagraph> paragraphs, List<Extraction.UnplacedFigure> figures,
            List<String> notes) {
    }

    static ExtractionView of(Extraction e, String format, String fileName, String attachmentId, List<String> notes) {
        Extraction.Header h = e.header();
        List<SectionView> sections = e.sections().stream().map(s -> new SectionView(s.code(), s.outlineTitle(),
                s.sourceNumber(), Texts.cut(s.sourceHeading(), TEXT_BOUND), s.confidence(), s.firstParagraph(),
                s.lastParagraph(), s.start(), s.end())).toList();
        List<Extraction.IndicatorMatch> indicators = e.indicators().stream().map(m -> new Extraction.IndicatorMatch(
                m.code(), m.qualifier(), m.value(), m.min(), m.max(), m.numerator(), m.denominator(), m.percent(),
                m.measureWord(), Texts.cut(m.quote(), QUOTE_BOUND), m.start(), m.end(), m.valueStart(), m.valueEnd(),
                m.confidence(), m.sectionCode(), m.atLeast())).toList();
        List<Extraction.UnplacedParagraph> paragraphs = e.unplacedParagraphs().stream()
                .map(p -> new Extraction.UnplacedParagraph(p.paragraph(), p.start(), p.end(), Texts.cut(p.text(), TEXT_BOUND),
                        p.reason())).toList();
        List<Extraction.UnplacedFigure> figures = e.unplacedFigures().stream()
                .map(f -> new Extraction.UnplacedFigure(f.written(), f.qualifier(), f.value(), f.measureWord(),
                        Texts.cut(f.quote(), QUOTE_BOUND), f.start(), f.end(), f.paragraph(), f.sectionCode(), f.reason()))
                .toList();
        ExtractionView view = new ExtractionView(format, fileName, attachmentId, e.ocrLike(), e.paragraphCount(), h,
                sections, indicators, notes(e.difficulties()), notes(e.causes()),
                e.recommendations().stream().map(r -> new Extraction.Recommendation(Texts.cut(r.text(), TEXT_BOUND),
                        Texts.cut(r.addressee(), 300), r.paragraph(), r.start(), r.end())).toList(),
                new Unplaced(paragraphs, figures, notes.stream().map(n -> Texts.cut(n, TEXT_BOUND)).toList()),
                e.text(), List.of());
        return view.withinBudget();
    }

    private static List<Extraction.Note> notes(List<Extraction.Note> notes) {
        return notes.stream().map(n -> new Extraction.Note(Texts.cut(n.text(), TEXT_BOUND), n.paragraph(), n.start(), n.end()))
                .toList();
    }

    /** The JSON stored and answered. */
    String json() {
        return EventCodec.toJson(this);
    }

    /** This block, shortened until its JSON fits the event budget. */
    ExtractionView withinBudget() {
        ExtractionView view = this;
        while (!EventCodec.withinBudget(view.json())) {
            ExtractionView shorter = view.shortened();
            if (shorter == view) {
                throw new IllegalStateException("The extraction block cannot be shortened below the event budget");
            }
            view = shorter;
        }
        return view;
    }

    /** One step down: the text first, then half of the longest list. */
    private ExtractionView shortened() {
        List<String> why = new ArrayList<>(omitted);
        if (text != null) {
            why.add("text: " + text.length() + " characters, over the size budget of the block");
            return new ExtractionView(format, fileName, sourceAttachmentId, ocrLike, paragraphCount, header, sections,
                    indicators, difficulties, causes, recommendations, unplaced, null, why);
        }
        List<Integer> sizes = List.of(unplaced.paragraphs().size(), unplaced.figures().size(), unplaced.notes().size(),
                indicators.size(), sections.size(), difficulties.size(), causes.size(), recommendations.size());
        int longest = sizes.stream().max(Integer::compare).orElse(0);
        if (longest <= 1) {
            return this;
        }
        String[] names = {"unplaced.paragraphs", "unplaced.figures", "unplaced.notes", "indicators", "sections",
                "difficulties", "causes", "recommendations"};
        int which = sizes.indexOf(longest);
        why.add(names[which] + ": " + (longest - longest / 2) + " of " + longest + " left out for size");
        Unplaced u = new Unplaced(which == 0 ? half(unplaced.paragraphs()) : unplaced.paragraphs(),
                which == 1 ? half(unplaced.figures()) : unplaced.figures(),
                which == 2 ? half(unplaced.notes()) : unplaced.notes());
        return new ExtractionView(format, fileName, sourceAttachmentId, ocrLike, paragraphCount, header,
                which == 4 ? half(sections) : sections, which == 3 ? half(indicators) : indicators,
                which == 5 ? half(difficulties) : difficulties, which == 6 ? half(causes) : causes,
                which == 7 ? half(recommendations) : recommendations, u, null, why);
    }

    private static <T> List<T> half(List<T> items) {
        return new ArrayList<>(items.subList(0, items.size() / 2));
    }
}
