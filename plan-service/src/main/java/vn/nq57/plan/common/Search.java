package vn.nq57.plan.common;

import vn.nq57.contracts.text.VietnameseText;

/** LIKE patterns over folded search keys: accent- and case-insensitive ("tuyen truyen" finds "tuyên truyền"). */
public final class Search {

    /** Characters of a search query. */
    public static final int MAX_QUERY = 200;

    private Search() {
    }

    /** The {@code %folded%} pattern of a query, or null when there is nothing to search for. */
    public static String pattern(String q) {
        String folded = VietnameseText.fold(q).replace("%", "").replace("_", "").replace("\\", "");
        return folded.isEmpty() ? null : "%" + folded + "%";
    }
}
