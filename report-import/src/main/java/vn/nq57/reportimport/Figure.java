package vn.nq57.reportimport;

import java.math.BigDecimal;

/**
 * A number found in the text. Structural figures (dates, years, document references, outline
 * numbering) are placed by being what they are; quantities are matched to indicators or listed as
 * unplaced.
 *
 * @param start   offset of the figure (with its qualifier word when there is one)
 * @param percent the percentage written beside a ratio ("98,39% (5.010/5.092)"), or the value of a
 *                percentage figure
 * @param atLeast a RANGE that is itself a lower bound: "hơn 560–900" (more than somewhere between 560 and 900)
 */
record Figure(int start, int end, Kind kind, Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
        BigDecimal numerator, BigDecimal denominator, BigDecimal percent, boolean atLeast) {

    enum Kind { DATE, YEAR, REFERENCE, NUMBERING, PAGE_NUMBER, QUANTITY }

    Figure(int start, int end, Kind kind, Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
            BigDecimal numerator, BigDecimal denominator, BigDecimal percent) {
        this(start, end, kind, qualifier, value, min, max, numerator, denominator, percent, false);
    }

    static Figure structural(int start, int end, Kind kind) {
        return new Figure(start, end, kind, null, null, null, null, null, null, null);
    }

    boolean isPercentage() {
        return qualifier != Qualifier.RATIO && percent != null;
    }

    Figure withQualifier(int newStart, Qualifier q) {
        return new Figure(newStart, end, kind, q, value, min, max, numerator, denominator, percent, atLeast);
    }

    /** This range, widened over the word in front that makes it a lower bound ("hơn", "tối thiểu"). */
    Figure asAtLeastRange(int newStart) {
        return new Figure(newStart, end, kind, Qualifier.RANGE, value, min, max, numerator, denominator, percent, true);
    }

    /** The value as a short string for reports: "1500", "125-130", "5010/5092", "98.39%". */
    String display() {
        return switch (qualifier) {
            case RANGE -> min.toPlainString() + "-" + max.toPlainString();
            case RATIO -> numerator.toPlainString() + "/" + denominator.toPlainString();
            default -> value.toPlainString() + (isPercentage() ? "%" : "");
        };
    }
}
