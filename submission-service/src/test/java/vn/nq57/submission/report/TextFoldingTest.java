package vn.nq57.submission.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The character-by-character fold and split give what the definition (fold whole, split by regex) gives. */
class TextFoldingTest {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String POOL = "Truyền thông Đảng ĐẢNG đ Ð ơƠưƯ Ỷ ỹ 57-NQ/TW 12,5% ½ Ⅻ ² ΣΑΣ όσος İstanbul ß ẞ ǅ ﬁ "
            + "한국어 e\u0301 a\u0323\u0302 \uD835\uDC00 \uD834\uDD5E 😀 \u00A0\t\n—…“”()[]";

    private static List<String> regexWords(String text) {
        return Arrays.stream(NON_WORD.split(TextFolding.foldWhole(text))).filter(w -> !w.isEmpty())
                .map(w -> w.length() > 40 ? w.substring(0, 40) : w).toList();
    }

    @Test
    void everyBmpCharacterFoldsAsTheDefinitionFoldsIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                String alone = String.valueOf(c);
                assertEquals(TextFolding.foldWhole(alone), TextFolding.fold(alone), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void randomTextsAndTheSeedsFoldAndSplitAsTheDefinition() throws IOException {
        Random random = new Random(57);
        int[] pool = POOL.codePoints().toArray();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            assertSame(text.toString());
        }
        assertSame("x".repeat(45) + " ngắn " + "Đ".repeat(41));
        for (String seed : List.of("report-xa-nguyen-luong-bang-2025", "report-dac-khu-cat-hai-2025",
                "report-phuong-phu-lien-2025-ocr")) {
            try (InputStream in = TextFoldingTest.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
                assertSame(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void assertSame(String text) {
        assertEquals(TextFolding.foldWhole(text), TextFolding.fold(text), text);
        assertEquals(regexWords(text), TextFolding.words(text, 40), text);
    }
}
