package vn.nq57.submission.round;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.submission.template.OutlineSection;

/** Checks an outline and an indicator catalogue before a round or regime adopts them. */
public final class CatalogueRules {

    /** Sections in a whole outline, sub-sections included; the city's outline has 16. */
    public static final int MAX_SECTIONS = 200;
    /** Outline levels: I. → 1. → 1.1 → a). */
    public static final int MAX_DEPTH = 4;

    private CatalogueRules() {
    }

    public static void checkOutline(List<OutlineSection> outline, String field, List<FieldError> errors) {
        if (outline == null || outline.isEmpty()) {
            errors.add(new FieldError(field, "must have at least one section"));
            return;
        }
        Set<String> seen = new HashSet<>();
        checkSections(outline, field, seen, 1, errors);
        if (seen.size() > MAX_SECTIONS) {
            errors.add(new FieldError(field, "must have at most " + MAX_SECTIONS + " sections in all"));
        }
    }

    private static void checkSections(List<OutlineSection> sections, String field, Set<String> seen, int depth,
            List<FieldError> errors) {
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(field, "an outline has at most " + MAX_DEPTH + " levels"));
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection s = sections.get(i);
            String at = field + "[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (s.code() == null || s.code().isBlank()) {
                errors.add(new FieldError(at + ".code", "must not be blank"));
            } else if (!seen.add(s.code())) {
                errors.add(new FieldError(at + ".code", "duplicate code " + s.code()));
            }
            if (s.title() == null || s.title().isBlank()) {
                errors.add(new FieldError(at + ".title", "must not be blank"));
            }
            checkSections(s.childrenOrEmpty(), at + ".children", seen, depth + 1, errors);
        }
    }

    public static void checkIndicators(List<IndicatorDefinition> indicators, String field, List<FieldError> errors) {
        if (indicators == null) {
            errors.add(new FieldError(field, "must not be null"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDefinition d = indicators.get(i);
            String at = field + "[" + i + "]";
            if (d == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (d.code() == null || d.code().isBlank()) {
                errors.add(new FieldError(at + ".code", "must not be blank"));
            } else if (!seen.add(d.code())) {
                errors.add(new FieldError(at + ".code", "duplicate code " + d.code()));
            }
            if (d.name() == null || d.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "must not be blank"));
            }
            if (d.kind() == null) {
                errors.add(new FieldError(at + ".kind", "must not be null"));
            }
            if (d.aggregation() == null) {
                errors.add(new FieldError(at + ".aggregation", "must not be null"));
            }
            if (d.min() != null && d.max() != null && d.min().compareTo(d.max()) > 0) {
                errors.add(new FieldError(at + ".max", "must not be below min"));
            }
        }
    }
}
