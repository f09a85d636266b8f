package vn.nq57.submission.support;

import java.util.List;

/** One page of a list, as the API conventions shape it; resources bound {@code page} and {@code size}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;
}
