package vn.nq57.submission.support;

import java.util.List;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;

/** One page of a list, as the API conventions shape it. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static void check(int page, int size) {
        java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > 200) {
            errors.add(new FieldError("size", "must be between 1 and 200"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
