package vn.nq57.submission.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.submission.report.ContentValidator;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.round.RoundEntity;

/**
 * Holds imported content to the rules of a typed draft — the Bean Validation of
 * {@link ReportContent} and the round's {@link ContentValidator} — by leaving out each list item
 * that breaks one (an indicator value outside the catalogue's bounds, a ratio for a count …) with a
 * note, instead of refusing the import.
 */
@ApplicationScoped
class ContentFit {

    private static final Pattern ITEM = Pattern.compile("^(?:content\\.)?(sections|indicators|difficulties|causes|recommendations)\\[(\\d+)]");

    @Inject
    Validator validator;

    ReportContent fit(ReportContent content, RoundEntity round, List<String> notes) {
        ReportContent current = content;
        for (int pass = 0; pass < 2; pass++) {
            List<FieldError> errors = errors(current, round);
            if (errors.isEmpty()) {
                return current;
            }
            current = without(current, errors, notes);
        }
        List<FieldError> left = errors(current, round);
        if (!left.isEmpty()) {
            // only the header can be left: drop it rather than refuse the document
            notes.add("header left out of the draft: " + left);
            current = new ReportContent(null, current.sections(), current.indicators(), current.difficulties(),
                    current.causes(), current.recommendations());
            if (!errors(current, round).isEmpty()) {
                throw ProblemException.invalid(errors(current, round));
            }
        }
        return current;
    }

    private List<FieldError> errors(ReportContent content, RoundEntity round) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(content).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        errors.addAll(ContentValidator.check(content, round, false));
        return errors;
    }

    private static ReportContent without(ReportContent c, List<FieldError> errors, List<String> notes) {
        Map<String, TreeSet<Integer>> drop = new TreeMap<>();
        for (FieldError e : errors) {
            Matcher m = ITEM.matcher(e.field());
            if (m.find()) {
                int index = Integer.parseInt(m.group(2));
                if (drop.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(index)) {
                    notes.add(m.group(1) + "[" + index + "] left out of the draft: " + e.field() + " " + e.reason()
                            + describe(c, m.group(1), index));
                }
            }
        }
        return new ReportContent(c.header(), keep(c.sections(), drop.get("sections")),
                keep(c.indicators(), drop.get("indicators")), keep(c.difficulties(), drop.get("difficulties")),
                keep(c.causes(), drop.get("causes")), keep(c.recommendations(), drop.get("recommendations")));
    }

    private static String describe(ReportContent c, String list, int index) {
        Object item = switch (list) {
            case "sections" -> c.sections().get(index);
            case "indicators" -> c.indicators().get(index);
            case "difficulties" -> c.difficulties().get(index);
            case "causes" -> c.causes().get(index);
            default -> c.recommendations().get(index);
        };
        return " (" + Texts.cut(String.valueOf(item), 300) + ")";
    }

    private static <T> List<T> keep(List<T> items, TreeSet<Integer> dropped) {
        if (dropped == null) {
            return items;
        }
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }
}
