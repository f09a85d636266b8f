package vn.nq57.submission.report;

import java.time.LocalDate;
import java.util.List;
import vn.nq57.contracts.text.VietnameseText;

/**
 * The header parts of a report (Báo cáo) as Decree 30/2020 lays them out.
 *
 * @param numberSymbol e.g. {@code 311/BC-UBND}
 * @param place        e.g. "Phù Liễn"
 * @param signerTitles e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
 * @param recipients   Nơi nhận, e.g. ["Sở KH&CN", "Lưu: VT, VHXH"]
 */
public record ReportHeader(String numberSymbol, String place, LocalDate date, List<String> signerTitles,
        String signerName, List<String> recipients) {

    ReportHeader normalized() {
        return new ReportHeader(VietnameseText.nfc(numberSymbol), VietnameseText.nfc(place), date,
                signerTitles == null ? null : signerTitles.stream().map(VietnameseText::nfc).toList(),
                VietnameseText.nfc(signerName),
                recipients == null ? null : recipients.stream().map(VietnameseText::nfc).toList());
    }
}
