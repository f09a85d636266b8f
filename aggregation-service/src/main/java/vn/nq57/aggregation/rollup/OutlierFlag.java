package vn.nq57.aggregation.rollup;

import java.math.BigDecimal;

/**
 * A value worth a second look (giá trị bất thường); never blocks anything.
 *
 * @param reference the peers' or the history's median, or the previous round's value
 * @param score     the robust score |0.6745 (x − median) / MAD|, or the ratio to the previous value
 * @param explanationVi the reason in Vietnamese, as the documents print it
 */
public record OutlierFlag(String unitCode, String indicatorCode, OutlierKind kind, BigDecimal value,
        BigDecimal reference, BigDecimal score, String explanationVi, String explanationEn) {
}
