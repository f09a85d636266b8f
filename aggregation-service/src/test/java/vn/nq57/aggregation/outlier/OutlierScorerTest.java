package vn.nq57.aggregation.outlier;

import vn.nq57.aggregation.rollup.OutlierKind;
import vn.nq57.aggregation.rollup.OutlierFlag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierScorerTest {

    @Test
    void medianAndMadScore() {
        // median 28, deviations 2,1,0,1,2 → MAD 1; 0.6745 × (40 − 28) / 1 = 8.094
        assertEquals(8.094, OutlierScorer.robustScore(40, List.of(26.0, 27.0, 28.0, 29.0, 30.0)).orElseThrow(), 1e-9);
        assertEquals(28.5, OutlierScorer.median(List.of(30.0, 27.0, 29.0, 28.0)));
    }

    @Test
    void aValueFarFromItsPeersIsFlaggedAndExplained() {
        OutlierFlag flag = OutlierScorer.peers("11446", "RADIO", 2800, List.of(26.0, 27.0, 28.0, 29.0, 30.0), "phường")
                .orElseThrow();
        assertEquals(OutlierKind.PEERS, flag.kind());
        assertEquals(new BigDecimal("28"), flag.reference());
        assertTrue(flag.explanationVi().startsWith("Giá trị 2.800 cao bất thường so với các đơn vị cùng loại (phường, "
                + "trung vị 28"), flag.explanationVi());
        assertTrue(flag.explanationEn().contains("far above"), flag.explanationEn());
        assertTrue(OutlierScorer.peers("11446", "RADIO", 31, List.of(26.0, 27.0, 28.0, 29.0, 30.0), "phường").isEmpty(),
                "within 3.5");
        assertTrue(OutlierScorer.peers("11446", "RADIO", 2800, List.of(26.0, 27.0, 28.0), "phường").isEmpty(),
                "fewer than 4 peers tell nothing");
    }

    @Test
    void peersThatAllAgreeFallBackOnTheMeanDeviation() {
        // MAD 0 (four of five equal); mean absolute deviation 2 → |50 − 10| / (1.2533 × 2) ≈ 15.96
        assertTrue(OutlierScorer.peers("u", "X", 50, List.of(10.0, 10.0, 10.0, 10.0, 20.0), "xã").isPresent());
        assertTrue(OutlierScorer.peers("u", "X", 10, List.of(10.0, 10.0, 10.0, 10.0), "xã").isEmpty(),
                "no spread at all: nothing to say");
    }

    @Test
    void historyUsesTheScoreWithThreeEarlierValuesElseATenfoldChange() {
        assertTrue(OutlierScorer.history("u", "X", 300, List.of(28.0, 30.0, 29.0)).isPresent());
        assertTrue(OutlierScorer.history("u", "X", 31, List.of(28.0, 30.0, 29.0)).isEmpty());
        OutlierFlag tenfold = OutlierScorer.history("u", "X", 280, List.of(28.0)).orElseThrow();
        assertEquals("Giá trị 280 tăng 10 lần so với kỳ trước (28)", tenfold.explanationVi());
        assertTrue(OutlierScorer.history("u", "X", 250, List.of(28.0)).isEmpty(), "8.9 times: below the factor");
        assertTrue(OutlierScorer.history("u", "X", 2, List.of(28.0)).isPresent(), "a fall counts too");
        assertTrue(OutlierScorer.history("u", "X", 5, List.of()).isEmpty());
    }

    @Test
    void aFullRateWherePeersAreFarLowerIsFlagged() {
        OutlierFlag flag = OutlierScorer.fullRatio("u", "RATE", 100, List.of(60.0, 70.0, 75.0)).orElseThrow();
        assertEquals(OutlierKind.FULL_RATIO, flag.kind());
        assertEquals("Tỷ lệ đạt 100% trong khi các đơn vị cùng loại chỉ đạt trung vị 70%", flag.explanationVi());
        assertTrue(OutlierScorer.fullRatio("u", "RATE", 100, List.of(90.0, 95.0, 99.0)).isEmpty(), "peers close");
        assertTrue(OutlierScorer.fullRatio("u", "RATE", 98.39, List.of(60.0, 70.0, 75.0)).isEmpty(), "not 100%");
        assertTrue(OutlierScorer.fullRatio("u", "RATE", 100, List.of(60.0, 70.0)).isEmpty(), "too few peers");
    }
}
