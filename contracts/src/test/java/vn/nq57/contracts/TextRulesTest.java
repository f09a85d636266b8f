package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.nq57.contracts.validation.TextRules;

class TextRulesTest {

    @Test
    void vietnameseTextWithLineBreaksAndTabsIsPlain() {
        assertTrue(TextRules.isPlain("Phường Phù Liễn duy trì 71 cụm loa\n\t– 98,39% 😀\r\n"));
        assertTrue(TextRules.isPlain(null));
    }

    @Test
    void nulOtherC0DelAndLoneSurrogatesAreRefused() {
        assertEquals(3, TextRules.firstForbidden("abc\u0000"));
        assertFalse(TextRules.isPlain("\u0007bell"));
        assertFalse(TextRules.isPlain("del\u007F"));
        assertFalse(TextRules.isPlain("lone \uD83D high"));
        assertFalse(TextRules.isPlain("lone \uDE00 low"));
    }
}
