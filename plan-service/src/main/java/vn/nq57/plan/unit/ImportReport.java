package vn.nq57.plan.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a CSV import did: every data row with its outcome. Rows that passed are stored even when
 * others failed; failed rows changed nothing and say why.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, int failed, List<RowResult> results) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERROR }

    /**
     * @param row    line number in the file (the header is line 1; comment lines count)
     * @param code   the row's unit code as read
     * @param column the CSV column at fault ({@code code}, {@code name}, {@code full_name}, {@code type},
     *               {@code parent_code}), or null when the row as a whole is wrong or it passed
     */
    public record RowResult(int row, String code, Outcome outcome, String column, String reason) {
    }

    public static ImportReport of(List<RowResult> results) {
        Map<Outcome, Integer> counts = new HashMap<>();
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return new ImportReport(results.size(), counts.getOrDefault(Outcome.CREATED, 0),
                counts.getOrDefault(Outcome.UPDATED, 0), counts.getOrDefault(Outcome.UNCHANGED, 0),
                counts.getOrDefault(Outcome.ERROR, 0), List.copyOf(results));
    }
}
