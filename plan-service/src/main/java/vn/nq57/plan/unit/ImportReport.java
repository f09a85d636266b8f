package vn.nq57.plan.unit;

import java.util.List;

/**
 * What a CSV import did: every data row with its outcome. Rows that passed are stored even when
 * others failed; failed rows changed nothing and say why.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, int failed, List<RowResult> results) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERROR }

    /**
     * @param row  line number in the file (the header is line 1; comment lines count)
     * @param code the row's unit code as read
     */
    public record RowResult(int row, String code, Outcome outcome, String reason) {
    }
}
