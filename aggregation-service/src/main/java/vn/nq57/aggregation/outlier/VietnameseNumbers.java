package vn.nq57.aggregation.outlier;

import java.math.BigDecimal;
import vn.nq57.aggregation.format.VietnameseFormat;

/** Numbers in explanations as Vietnamese readers write them (2.800; 98,5). */
final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    static String format(double value) {
        return VietnameseFormat.number(BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
