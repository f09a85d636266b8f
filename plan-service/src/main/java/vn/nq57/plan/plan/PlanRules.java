package vn.nq57.plan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.nq57.contracts.problem.FieldError;

/** Checks a plan's content beyond what Bean Validation expresses. */
final class PlanRules {

    private static final Pattern NUMBERED = Pattern.compile("\\d+(\\.\\d+)*");
    /** Số/ký hiệu of a plan: number, slash, type and issuer ({@code 48/KH-UBND}, {@code 128/KH-SVHTTDL}). */
    static final Pattern NUMBER_SYMBOL = Pattern.compile("\\d{1,6}/[\\p{L}\\d&.-]+(/[\\p{L}\\d&.-]+)*");

    private PlanRules() {
    }

    static List<FieldError> check(PlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.periodFrom() != null && request.periodTo() != null
                && request.periodTo().isBefore(request.periodFrom())) {
            errors.add(new FieldError("periodTo", "must not be before periodFrom"));
        }
        if (request.year() != null && request.periodFrom() != null
                && request.periodFrom().getYear() > request.year()) {
            errors.add(new FieldError("periodFrom", "starts after the plan's year " + request.year()));
        }
        if (request.contentThemes() != null) {
            themes(request.contentThemes(), "contentThemes", null, errors);
        }
        return errors;
    }

    private static int depth(String path) {
        return path.split("\\.children").length;
    }

    /** Codes are unique among siblings, and a numbered child extends its parent's number (1.2 under 1). */
    private static void themes(List<PlanParts.ContentTheme> themes, String path, String parentCode,
            List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            PlanParts.ContentTheme theme = themes.get(i);
            String here = path + "[" + i + "]";
            if (theme == null || theme.code() == null) {
                continue;
            }
            if (depth(here) > PlanParts.MAX_THEME_DEPTH) {
                errors.add(new FieldError(here, "themes nest at most " + PlanParts.MAX_THEME_DEPTH + " levels deep"));
                continue;
            }
            String code = theme.code().strip();
            if (!codes.add(code)) {
                errors.add(new FieldError(here + ".code", "duplicate code " + code));
            }
            if (parentCode != null && NUMBERED.matcher(parentCode).matches() && NUMBERED.matcher(code).matches()
                    && !code.startsWith(parentCode + ".")) {
                errors.add(new FieldError(here + ".code", code + " is not numbered under " + parentCode));
            }
            if (theme.children() != null) {
                themes(theme.children(), here + ".children", code, errors);
            }
        }
    }
}
