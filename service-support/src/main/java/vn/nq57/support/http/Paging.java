package vn.nq57.support.http;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;

/** Checked {@code page}/{@code size} query parameters: page 0 to 100 000, size 1 to 200 (20 when absent). */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;

    /** Checks the parameters as sent (null when absent); a bad one answers 400 naming it. */
    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0 || p > MAX_PAGE) {
            errors.add(new FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Paging(p, s);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
