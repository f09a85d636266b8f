package vn.nq57.aggregation.outlier;

import vn.nq57.aggregation.rollup.OutlierKind;
import vn.nq57.aggregation.rollup.OutlierFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Robust outlier rules (Iglewicz and Hoaglin's modified z-score). A value x among references with
 * median m and median absolute deviation MAD scores |0.6745 (x − m) / MAD|; above
 * {@value #THRESHOLD} it is flagged. The median and MAD ignore the few extreme values that a mean
 * and standard deviation would follow, so one unit typing 2800 for 28 does not hide itself.
 */
public final class OutlierScorer {

    /** The modified z-score above which a value is flagged (Iglewicz and Hoaglin's recommendation). */
    public static final double THRESHOLD = 3.5;
    /** Fewest peers (the unit excluded) for a peer comparison. */
    public static final int MIN_PEERS = 4;
    /** Fewest earlier values for a score against the unit's history; with fewer, the change factor rules. */
    public static final int MIN_HISTORY = 3;
    /** With one or two earlier values: flagged when ten times larger or smaller than the latest. */
    public static final double CHANGE_FACTOR = 10;
    /** A 100% rate is flagged when the peers' median is this many percentage points lower or more. */
    public static final double FULL_RATIO_GAP = 20;
    /** Fewest peers with a rate for the 100% rule. */
    public static final int MIN_RATIO_PEERS = 3;

    private OutlierScorer() {
    }

    /** The modified z-score of x against the references, empty when they cannot tell (too few, no spread). */
    public static Optional<Double> robustScore(double x, List<Double> references) {
        if (references.isEmpty()) {
            return Optional.empty();
        }
        double median = median(references);
        List<Double> deviations = new ArrayList<>();
        references.forEach(r -> deviations.add(Math.abs(r - median)));
        double mad = median(deviations);
        if (mad == 0) {
            // More than half the references agree exactly; fall back on the mean absolute deviation (×1.2533).
            double meanAd = deviations.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            if (meanAd == 0) {
                return Optional.empty();
            }
            return Optional.of(Math.abs(x - median) / (1.253314 * meanAd));
        }
        return Optional.of(Math.abs(0.6745 * (x - median) / mad));
    }

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Against the peers of the same type (the unit itself excluded). */
    public static Optional<OutlierFlag> peers(String unit, String indicator, double x, List<Double> peers,
            String typeLabel) {
        return peers(unit, indicator, x, withMember(peers, x), typeLabel);
    }

    static Optional<OutlierFlag> peers(String unit, String indicator, double x, PeerGroup.Others peers,
            String typeLabel) {
        if (peers.size() < MIN_PEERS) {
            return Optional.empty();
        }
        return peers.robustScore().filter(s -> s > THRESHOLD).map(score -> {
            double median = peers.median();
            String direction = x > median ? "cao" : "thấp";
            return new OutlierFlag(unit, indicator, OutlierKind.PEERS, decimal(x), decimal(median), decimal(score),
                    "Giá trị " + VietnameseNumbers.format(x) + " " + direction + " bất thường so với các đơn vị cùng loại ("
                            + typeLabel + ", trung vị " + VietnameseNumbers.format(median) + ", điểm lệch "
                            + VietnameseNumbers.format(round(score)) + " > " + VietnameseNumbers.format(THRESHOLD) + ")",
                    "Value " + x + " is far " + (x > median ? "above" : "below") + " the units of the same type (median "
                            + median + ", robust score " + round(score) + " > " + THRESHOLD + ")");
        });
    }

    /** Against the unit's own earlier values, oldest first. */
    public static Optional<OutlierFlag> history(String unit, String indicator, double x, List<Double> earlier) {
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (earlier.size() >= MIN_HISTORY) {
            return robustScore(x, earlier).filter(s -> s > THRESHOLD).map(score -> {
                double median = median(earlier);
                return new OutlierFlag(unit, indicator, OutlierKind.HISTORY, decimal(x), decimal(median),
                        decimal(score), "Giá trị " + VietnameseNumbers.format(x) + " khác xa các kỳ trước của đơn vị "
                                + "(trung vị " + VietnameseNumbers.format(median) + ", điểm lệch "
                                + VietnameseNumbers.format(round(score)) + " > " + VietnameseNumbers.format(THRESHOLD) + ")",
                        "Value " + x + " is far from the unit's earlier rounds (median " + median + ", robust score "
                                + round(score) + " > " + THRESHOLD + ")");
            });
        }
        double previous = earlier.get(earlier.size() - 1);
        if (previous <= 0 || x <= 0) {
            return Optional.empty();
        }
        double factor = Math.max(x / previous, previous / x);
        if (factor < CHANGE_FACTOR) {
            return Optional.empty();
        }
        String direction = x > previous ? "tăng" : "giảm";
        return Optional.of(new OutlierFlag(unit, indicator, OutlierKind.HISTORY, decimal(x), decimal(previous),
                decimal(factor), "Giá trị " + VietnameseNumbers.format(x) + " " + direction + " "
                        + VietnameseNumbers.format(round(factor)) + " lần so với kỳ trước ("
                        + VietnameseNumbers.format(previous) + ")",
                "Value " + x + " is " + round(factor) + " times " + (x > previous ? "the" : "below the")
                        + " previous round's " + previous));
    }

    /** A rate of 100% (or more) while the peers' median rate is {@value #FULL_RATIO_GAP} points lower or more. */
    public static Optional<OutlierFlag> fullRatio(String unit, String indicator, double percent, List<Double> peers) {
        return fullRatio(unit, indicator, percent, withMember(peers, percent));
    }

    static Optional<OutlierFlag> fullRatio(String unit, String indicator, double percent, PeerGroup.Others peers) {
        if (percent < 100 || peers.size() < MIN_RATIO_PEERS) {
            return Optional.empty();
        }
        double median = peers.median();
        if (100 - median < FULL_RATIO_GAP) {
            return Optional.empty();
        }
        return Optional.of(new OutlierFlag(unit, indicator, OutlierKind.FULL_RATIO, decimal(percent), decimal(median),
                decimal(100 - median), "Tỷ lệ đạt " + VietnameseNumbers.format(percent)
                        + "% trong khi các đơn vị cùng loại chỉ đạt trung vị " + VietnameseNumbers.format(median)
                        + "%", "A rate of " + percent + "% where the units of the same type have a median of " + median
                        + "%"));
    }

    /** The peers seen from the unit: the group of the peers and the unit, less the unit. */
    private static PeerGroup.Others withMember(List<Double> peers, double x) {
        List<Double> group = new ArrayList<>(peers);
        group.add(x);
        return PeerGroup.of(group).without(x);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
