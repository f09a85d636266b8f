package vn.nq57.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.template.OutlineSection;
import vn.nq57.submission.template.Template;

/**
 * Checks report content against the round's outline and indicator catalogue, listing every bad field.
 * The shape of each field (lengths, characters, number bounds and decimals, dates) is checked by the
 * Bean Validation annotations of the request records before this runs; this class holds the rules that
 * need the round: codes, kinds, qualifiers, the catalogue's bounds, required sections.
 */
public final class ContentValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ContentValidator() {
    }

    /** Errors of a draft; on submit, required sections must also be written. */
    public static List<FieldError> check(ReportContent content, RoundEntity round, boolean submitting) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> sectionCodes = round.sectionCodes();
        Set<String> written = new HashSet<>();
        for (int i = 0; i < content.sections().size(); i++) {
            SectionText s = content.sections().get(i);
            String at = "sections[" + i + "]";
            if (s == null || s.code() == null) {
                errors.add(new FieldError(at + ".code", "must not be null"));
            } else if (!sectionCodes.contains(s.code())) {
                errors.add(new FieldError(at + ".code", "unknown section code " + s.code() + " in this round's outline"));
            } else if (!written.add(s.code())) {
                errors.add(new FieldError(at + ".code", "duplicate section " + s.code()));
            }
        }
        if (submitting) {
            for (OutlineSection required : Template.flatten(round.outline())) {
                if (required.required() && !hasText(required, content)) {
                    errors.add(new FieldError("sections." + required.code(), "required section " + required.code() + " "
                            + required.title() + " is missing"));
                }
            }
        }
        checkIndicators(content.indicators(), round.indicators(), errors);
        checkNotes(content.difficulties(), "difficulties", errors);
        checkNotes(content.causes(), "causes", errors);
        for (int i = 0; i < content.recommendations().size(); i++) {
            Recommendation r = content.recommendations().get(i);
            if (r == null || blank(r.text())) {
                errors.add(new FieldError("recommendations[" + i + "].text", "must not be blank"));
            }
            if (r == null || blank(r.addressee())) {
                errors.add(new FieldError("recommendations[" + i + "].addressee", "must name whom it is addressed to"));
            }
        }
        return errors;
    }

    /** A section counts as written when it or one of its sub-sections has text. */
    private static boolean hasText(OutlineSection section, ReportContent content) {
        boolean own = content.sections().stream()
                .anyMatch(s -> s != null && section.code().equals(s.code()) && !blank(s.text()));
        return own || section.childrenOrEmpty().stream().anyMatch(child -> hasText(child, content));
    }

    private static void checkNotes(List<ReportNote> notes, String field, List<FieldError> errors) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i) == null || blank(notes.get(i).text())) {
                errors.add(new FieldError(field + "[" + i + "].text", "must not be blank"));
            }
        }
    }

    private static void checkIndicators(List<IndicatorValue> values, List<IndicatorDefinition> catalogue,
            List<FieldError> errors) {
        Map<String, IndicatorDefinition> byCode = new HashMap<>();
        catalogue.forEach(d -> byCode.put(d.code(), d));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue v = values.get(i);
            String at = "indicators[" + i + "]";
            if (v == null || v.code() == null) {
                errors.add(new FieldError(at + ".code", "must not be null"));
                continue;
            }
            IndicatorDefinition d = byCode.get(v.code());
            if (d == null) {
                errors.add(new FieldError(at + ".code", "unknown indicator code " + v.code() + " in this round's catalogue"));
                continue;
            }
            if (!seen.add(v.code())) {
                errors.add(new FieldError(at + ".code", "duplicate indicator " + v.code()));
                continue;
            }
            checkValue(v, d, at, errors);
        }
    }

    private static void checkValue(IndicatorValue v, IndicatorDefinition d, String at, List<FieldError> errors) {
        if (v.qualifier() == null) {
            errors.add(new FieldError(at + ".qualifier", "must not be null"));
            return;
        }
        if (d.kind() == IndicatorKind.TEXT) {
            if (blank(v.text())) {
                errors.add(new FieldError(at + ".text", "must not be blank for a text indicator"));
            }
            return;
        }
        if (d.kind() == IndicatorKind.RATIO && v.qualifier() != Qualifier.RATIO) {
            errors.add(new FieldError(at + ".qualifier", "must be RATIO for ratio indicator " + d.code()));
            return;
        }
        if (Boolean.TRUE.equals(v.atLeast()) && v.qualifier() != Qualifier.RANGE) {
            errors.add(new FieldError(at + ".atLeast", "only a RANGE can be a lower bound (\"hơn 560–900\"); "
                    + "a single number uses qualifier AT_LEAST"));
        }
        switch (v.qualifier()) {
            case EXACT, AT_LEAST, ABOUT -> number(v.value(), d, at + ".value", errors);
            case RANGE -> {
                boolean ok = number(v.min(), d, at + ".min", errors) & number(v.max(), d, at + ".max", errors);
                if (ok && v.min().compareTo(v.max()) > 0) {
                    errors.add(new FieldError(at + ".max", "must not be below min (" + v.min().toPlainString() + ")"));
                }
            }
            case RATIO -> {
                boolean ok = required(v.numerator(), at + ".numerator", errors)
                        & required(v.denominator(), at + ".denominator", errors);
                if (!ok) {
                    return;
                }
                if (v.denominator().signum() <= 0) {
                    errors.add(new FieldError(at + ".denominator", "must be more than 0"));
                } else if (v.numerator().compareTo(v.denominator()) > 0) {
                    errors.add(new FieldError(at + ".numerator", "must not exceed the denominator ("
                            + v.denominator().toPlainString() + ")"));
                }
            }
        }
    }

    /** Checks one number against the indicator's kind and bounds; false when it is missing. */
    private static boolean number(BigDecimal n, IndicatorDefinition d, String field, List<FieldError> errors) {
        if (!required(n, field, errors)) {
            return false;
        }
        int before = errors.size();
        if (d.kind() == IndicatorKind.COUNT && n.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "a count must be a whole number"));
        }
        if (d.kind() == IndicatorKind.PERCENTAGE && n.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(field, "a percentage must be between 0 and 100"));
        }
        if (errors.size() > before) {
            return true;
        }
        if (d.min() != null && n.compareTo(d.min()) < 0) {
            errors.add(new FieldError(field, "must be at least " + d.min().toPlainString()));
        }
        if (d.max() != null && n.compareTo(d.max()) > 0) {
            errors.add(new FieldError(field, "must be at most " + d.max().toPlainString()));
        }
        return true;
    }

    private static boolean required(BigDecimal n, String field, List<FieldError> errors) {
        if (n == null) {
            errors.add(new FieldError(field, "must not be null"));
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
