package vn.nq57.submission.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.validation.DomainDateValidator;
import vn.nq57.reportimport.Extraction;
import vn.nq57.reportimport.Extraction.IndicatorMatch;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.report.ReportHeader;
import vn.nq57.submission.report.SectionText;
import vn.nq57.submission.round.RoundEntity;

/**
 * Turns an extraction into draft content within the draft's bounds (the limits of
 * {@link ReportContent} and its parts): a text over its bound is cut at the bound and the cut is
 * noted, items beyond a list's bound are left out and noted — imported content is never refused for
 * being long.
 */
final class DraftBuilder {

    static final int SECTION_TEXT = 20000;
    static final int NOTE_TEXT = 4000;
    static final int ADDRESSEE = 300;
    static final int MAX_SECTIONS = 100;
    static final int MAX_INDICATORS = 200;
    static final int MAX_NOTES = 50;

    /** The draft and what had to be cut or left out to fit it. */
    record Draft(ReportContent content, List<String> notes) {
    }

    private final List<String> notes = new ArrayList<>();

    private DraftBuilder() {
    }

    static Draft build(Extraction extraction, RoundEntity round) {
        DraftBuilder builder = new DraftBuilder();
        ReportContent content = new ReportContent(builder.header(extraction.header()), builder.sections(extraction),
                builder.indicators(extraction, round), builder.notes(extraction.difficulties(), "difficulties"),
                builder.notes(extraction.causes(), "causes"), builder.recommendations(extraction.recommendations()));
        return new Draft(content, builder.notes);
    }

    private ReportHeader header(Extraction.Header h) {
        if (h == null) {
            return null;
        }
        LocalDate date = h.date() == null ? null : h.date().toLocalDate();
        if (date != null && (date.isBefore(DomainDateValidator.EARLIEST) || date.isAfter(DomainDateValidator.LATEST))) {
            notes.add("header.date " + date + " is outside " + DomainDateValidator.EARLIEST + " to "
                    + DomainDateValidator.LATEST + "; left out of the draft");
            date = null;
        }
        return new ReportHeader(cut(h.numberSymbol(), 50, "header.numberSymbol"), cut(h.place(), 200, "header.place"),
                date, strings(h.signerTitles(), 10, 200, "header.signerTitles"), cut(h.signerName(), 200, "header.signerName"),
                strings(h.recipients(), 50, 300, "header.recipients"));
    }

    /** One text per outline section: the source blocks mapped onto it, in document order. */
    private List<SectionText> sections(Extraction extraction) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Extraction.SectionMatch s : extraction.sections()) {
            if (s.code() != null && s.text() != null && !s.text().isBlank()) {
                byCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s.text().strip());
            }
        }
        List<SectionText> sections = new ArrayList<>();
        byCode.forEach((code, texts) -> sections.add(new SectionText(code,
                cut(String.join("\n\n", texts), SECTION_TEXT, "section " + code))));
        return limit(sections, MAX_SECTIONS, "sections");
    }

    private List<IndicatorValue> indicators(Extraction extraction, RoundEntity round) {
        Set<String> numeric = (round.indicators() == null ? List.<IndicatorDefinition>of() : round.indicators()).stream()
                .filter(d -> d.kind() != IndicatorKind.TEXT).map(IndicatorDefinition::code).collect(Collectors.toSet());
        List<IndicatorValue> values = extraction.bestPerIndicator().stream().filter(m -> numeric.contains(m.code()))
                .map(DraftBuilder::value).toList();
        return limit(values, MAX_INDICATORS, "indicators");
    }

    private static IndicatorValue value(IndicatorMatch m) {
        Qualifier qualifier = Qualifier.valueOf(m.qualifier().name());
        return new IndicatorValue(m.code(), qualifier, plain(m.value()), plain(m.min()), plain(m.max()),
                plain(m.numerator()), plain(m.denominator()), null, Texts.cut(note(m), 1000),
                m.atLeast() ? Boolean.TRUE : null);
    }

    /** 20.0 → 20, 1.50 → 1.5, never 2E+1: the number as a unit would type it. */
    private static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What the draft's value leaves out: the percentage beside a ratio and the measure word. */
    private static String note(IndicatorMatch m) {
        List<String> parts = new ArrayList<>();
        if (m.percent() != null && m.qualifier() != vn.nq57.reportimport.Qualifier.EXACT) {
            parts.add(m.percent().stripTrailingZeros().toPlainString().replace('.', ',') + "%");
        }
        if (m.measureWord() != null) {
            parts.add(m.measureWord());
        }
        return parts.isEmpty() ? null : Texts.clean(String.join(" · ", parts));
    }

    private List<ReportNote> notes(List<Extraction.Note> items, String field) {
        List<ReportNote> notesOut = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String text = cut(items.get(i).text(), NOTE_TEXT, field + "[" + i + "]");
            if (text != null && !text.isBlank()) {
                notesOut.add(new ReportNote(text, null));
            }
        }
        return limit(notesOut, MAX_NOTES, field);
    }

    /** A recommendation needs its addressee in a draft; one without stays in its section's text and is noted. */
    private List<Recommendation> recommendations(List<Extraction.Recommendation> items) {
        List<Recommendation> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Extraction.Recommendation r = items.get(i);
            String text = cut(r.text(), NOTE_TEXT, "recommendations[" + i + "]");
            if (text == null || text.isBlank()) {
                continue;
            }
            if (r.addressee() == null || r.addressee().isBlank()) {
                notes.add("recommendations[" + i + "] names no addressee; it stays in its section's text only: "
                        + Texts.cut(text, 200));
                continue;
            }
            out.add(new Recommendation(text, cut(r.addressee(), ADDRESSEE, "recommendations[" + i + "].addressee"), null));
        }
        return limit(out, MAX_NOTES, "recommendations");
    }

    private List<String> strings(List<String> items, int max, int length, String field) {
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String s = cut(items.get(i), length, field + "[" + i + "]");
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return limit(out, max, field);
    }

    /** The text without control characters, cut at {@code max} with a note when longer. */
    private String cut(String text, int max, String field) {
        String clean = Texts.clean(text);
        if (clean != null && clean.length() > max) {
            notes.add(field + " was cut at " + max + " of its " + clean.length() + " characters; the rest: "
                    + Texts.cut(clean.substring(max), 200));
            return Texts.cut(clean, max);
        }
        return clean;
    }

    private <T> List<T> limit(List<T> items, int max, String field) {
        if (items.size() <= max) {
            return items;
        }
        notes.add(field + ": " + (items.size() - max) + " of " + items.size() + " items left out (at most " + max + ")");
        return new ArrayList<>(items.subList(0, max));
    }

}
