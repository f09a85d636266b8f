package vn.nq57.aggregation.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sorted-once peer group answers exactly what the per-member definitions on the others' list answer. */
class PeerGroupTest {

    @Test
    void everyMemberScoresAsAgainstTheListOfTheOthers() {
        Random random = new Random(57);
        for (int round = 0; round < 300; round++) {
            List<Double> values = values(random, 1 + random.nextInt(40));
            PeerGroup group = PeerGroup.of(values);
            for (int i = 0; i < values.size(); i++) {
                double x = values.get(i);
                List<Double> others = new ArrayList<>(values);
                others.remove(i);
                PeerGroup.Others seen = group.without(x);
                assertEquals(others.size(), seen.size());
                Optional<Double> expected = OutlierScorer.robustScore(x, others);
                Optional<Double> actual = seen.robustScore();
                assertEquals(expected.isPresent(), actual.isPresent(), () -> x + " against " + others);
                expected.ifPresent(e -> assertEquals(e, actual.orElseThrow(), 1e-9 * Math.max(1, Math.abs(e))));
                if (!others.isEmpty()) {
                    assertEquals(OutlierScorer.median(others), seen.median(), 0.0);
                }
            }
        }
    }

    @Test
    void flagsAreTheSameThroughTheGroupAndThroughTheList() {
        List<Double> values = List.of(26.0, 27.0, 28.0, 29.0, 30.0, 2800.0);
        PeerGroup group = PeerGroup.of(values);
        assertEquals(OutlierScorer.peers("11446", "RADIO", 2800, values.subList(0, 5), "phường"),
                OutlierScorer.peers("11446", "RADIO", 2800, group.without(2800), "phường"));
        List<Double> rates = List.of(60.0, 70.0, 75.0, 100.0);
        assertEquals(OutlierScorer.fullRatio("u", "RATE", 100, rates.subList(0, 3)),
                OutlierScorer.fullRatio("u", "RATE", 100, PeerGroup.of(rates).without(100)));
    }

    @Test
    void aValueOutsideTheGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PeerGroup.of(List.of(1.0, 2.0)).without(3.0));
    }

    /** Small integers with many repeats (counts of 0 are common), some fractions and one far value. */
    private static List<Double> values(Random random, int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            values.add(kind < 3 ? 0.0 : kind < 7 ? random.nextInt(5) : kind < 9 ? random.nextInt(1000) / 7.0
                    : 1e6 * random.nextDouble());
        }
        return values;
    }
}
