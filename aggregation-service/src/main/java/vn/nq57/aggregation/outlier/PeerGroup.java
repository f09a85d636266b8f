package vn.nq57.aggregation.outlier;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one peer group (one indicator, one unit type), sorted once, so that each member's
 * statistics against the others (median, robust score) cost a binary search instead of a sort per
 * member: a round of n units is scored in O(n log n), not O(n² log n).
 */
final class PeerGroup {

    private final double[] sorted;
    /** Per centre: the sorted absolute deviations of the whole group from it, and their sum. */
    private final Map<Double, Deviations> deviations = new HashMap<>();

    private record Deviations(double[] sorted, double sum) {
    }

    private PeerGroup(double[] sorted) {
        this.sorted = sorted;
    }

    static PeerGroup of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new PeerGroup(sorted);
    }

    /** The others as seen by a member whose value is {@code x} (one occurrence of x left out). */
    Others without(double x) {
        int at = Arrays.binarySearch(sorted, x);
        if (at < 0) {
            throw new IllegalArgumentException(x + " is not a member of the group");
        }
        return new Others(x, at);
    }

    /** The group less one member. */
    final class Others {

        private final double x;
        private final int removed;

        private Others(double x, int removed) {
            this.x = x;
            this.removed = removed;
        }

        int size() {
            return sorted.length - 1;
        }

        double median() {
            return medianWithout(sorted, removed);
        }

        /** {@link OutlierScorer#robustScore(double, java.util.List)} of the member against the others. */
        Optional<Double> robustScore() {
            if (size() == 0) {
                return Optional.empty();
            }
            double median = median();
            Deviations d = deviations.computeIfAbsent(median, PeerGroup.this::deviationsFrom);
            double own = Math.abs(x - median);
            double mad = medianWithout(d.sorted(), Arrays.binarySearch(d.sorted(), own));
            if (mad == 0) {
                double meanAd = (d.sum() - own) / size();
                if (meanAd <= 0) {
                    return Optional.empty();
                }
                return Optional.of(own / (1.253314 * meanAd));
            }
            return Optional.of(Math.abs(0.6745 * (x - median) / mad));
        }
    }

    private Deviations deviationsFrom(double centre) {
        double[] d = new double[sorted.length];
        double sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            d[i] = Math.abs(sorted[i] - centre);
            sum += d[i];
        }
        Arrays.sort(d);
        return new Deviations(d, sum);
    }

    /** The median of a sorted array with the element at {@code removed} left out. */
    private static double medianWithout(double[] values, int removed) {
        int n = values.length - 1;
        return n % 2 == 1 ? at(values, removed, n / 2) : (at(values, removed, n / 2 - 1) + at(values, removed, n / 2)) / 2;
    }

    private static double at(double[] values, int removed, int k) {
        return values[k < removed ? k : k + 1];
    }
}
