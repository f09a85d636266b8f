package vn.nq57.reportimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void foldingKeepsOffsetsAndDropsAccents() {
        String text = "Đẩy mạnh TUYÊN TRUYỀN Nghị quyết – chuyển đổi số";
        String folded = Fold.fold(text, false);
        assertEquals(text.length(), folded.length());
        assertEquals("day manh tuyen truyen nghi quyet - chuyen doi so", folded);
    }

    @Test
    void ocrRepairsMisreadCharactersWithoutMovingOffsets() {
        String text = "Pang uy chi dao t6 chuc tuyén truyén Nghi quyét s6 57 va l.500 luot";
        String folded = Fold.fold(text, true);
        assertEquals(text.length(), folded.length());
        assertEquals("dang uy chi dao to chuc tuyen truyen nghi quyet so 57 va 1.500 luot", folded);
    }

    @Test
    void textWithoutDiacriticsIsRecognisedAsOcr() {
        assertTrue(Fold.looksLikeOcr("Cong tac tuyen truyen Nghi quyet so 57 duoc trien khai rong rai tren dia ban phuong. ".repeat(5)));
        assertFalse(Fold.looksLikeOcr("Công tác tuyên truyền Nghị quyết số 57 được triển khai rộng rãi trên địa bàn phường. ".repeat(5)));
    }
}
