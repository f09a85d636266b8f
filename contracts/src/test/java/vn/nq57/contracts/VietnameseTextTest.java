package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.nq57.contracts.text.VietnameseText;

class VietnameseTextTest {

    @Test
    void foldsAccentsCaseAndDStrokeLikeTheOcrSeed() {
        assertEquals("tuyen truyen nghi quyet so 57-nq/tw", VietnameseText.fold("Tuyên truyền  Nghị quyết số 57-NQ/TW"));
        assertEquals("phuong phu lien", VietnameseText.fold("Phường Phù Liễn"));
        assertEquals("dac khu cat hai", VietnameseText.fold("Đặc khu Cát Hải"));
        assertTrue(VietnameseText.fold("UBND PHUONG PHU LIEN bao cao ket qua").contains(VietnameseText.fold("Phù Liễn")));
    }

    @Test
    void normalisesDecomposedInputToNfc() {
        String decomposed = "Vie\u0302\u0323t Nam";
        assertNotEquals("Việt Nam", decomposed);
        assertEquals("Việt Nam", VietnameseText.nfc(decomposed));
        assertEquals(VietnameseText.fold("Việt Nam"), VietnameseText.fold(decomposed));
    }
}
