package vn.nq57.aggregation.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class SplicedJsonTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** A large answer with repetitive and random parts, as a 3,321-row matrix is. */
    private static String large() {
        StringBuilder json = new StringBuilder("{\"roundId\":\"r\",\"asOf\":\"HOLE\",\"units\":[");
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            json.append("{\"unitCode\":\"").append(90000 + i).append("\",\"unitName\":\"Xã Tân Lập ")
                    .append(random.nextInt(100_000)).append("\",\"status\":\"SUBMITTED_ON_TIME\"},");
        }
        return json.append("{}]}").toString();
    }

    @Test
    void theHoleIsFilledInTheJsonAndInTheGzipStream() throws IOException {
        String json = large();
        SplicedJson spliced = SplicedJson.around(utf8(json), utf8("\"HOLE\""));
        for (String filler : new String[] {"\"2025-12-03T12:00:00+07:00\"", "\"2025-12-03T12:00:01.5+07:00\"", ""}) {
            byte[] expected = utf8(json.replace("\"HOLE\"", filler));
            assertArrayEquals(expected, spliced.json(utf8(filler)));
            byte[] gzip = spliced.gzip(utf8(filler));
            assertArrayEquals(expected, gunzip(gzip));
            assertTrue(gzip.length < expected.length / 3, "compressed: " + gzip.length + " of " + expected.length);
        }
    }

    @Test
    void aWholeAnswerAndAnEmptyOneRoundTrip() throws IOException {
        byte[] json = utf8("{\"roundId\":\"r\",\"indicators\":[]}");
        assertArrayEquals(json, SplicedJson.whole(json).json(new byte[0]));
        assertArrayEquals(json, gunzip(SplicedJson.whole(json).gzip(new byte[0])));
        assertArrayEquals(new byte[0], gunzip(SplicedJson.whole(new byte[0]).gzip(new byte[0])));
    }

    @Test
    void aPlaceholderMustOccurExactlyOnce() {
        assertThrows(IllegalStateException.class, () -> SplicedJson.around(utf8("{\"a\":1}"), utf8("\"HOLE\"")));
        assertThrows(IllegalStateException.class,
                () -> SplicedJson.around(utf8("[\"HOLE\",\"HOLE\"]"), utf8("\"HOLE\"")));
    }
}
