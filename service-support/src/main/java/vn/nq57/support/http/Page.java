package vn.nq57.support.http;

import java.util.List;

/**
 * One page of a list, as every list endpoint of the platform answers it.
 *
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page {@code paging} selects out of a list already held in memory. */
    public static <T> Page<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(from + paging.size(), all.size()))),
                paging.page(), paging.size(), all.size());
    }
}
