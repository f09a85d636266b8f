package vn.nq57.notification.support;

import java.util.List;

/** The list envelope of the API conventions. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
