package vn.nq57.plan.common;

import java.util.List;

/** One page of a list, as every list endpoint answers it. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
