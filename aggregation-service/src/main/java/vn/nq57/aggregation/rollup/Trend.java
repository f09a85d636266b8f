package vn.nq57.aggregation.rollup;

import java.util.List;
import vn.nq57.aggregation.common.Basis;

/**
 * An indicator across rounds, oldest deadline first.
 *
 * @param unitCode null for the whole city
 */
public record Trend(String indicatorCode, String provinceCode, String unitCode, Basis basis, List<TrendPoint> points) {
}
