package vn.nq57.submission.report;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;

/**
 * The header parts of a report (Báo cáo) as Decree 30/2020 lays them out.
 *
 * @param numberSymbol e.g. {@code 311/BC-UBND}
 * @param place        e.g. "Phù Liễn"
 * @param signerTitles e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
 * @param recipients   Nơi nhận, e.g. ["Sở KH&CN", "Lưu: VT, VHXH"]
 */
public record ReportHeader(
        @Size(max = 50) @PlainText String numberSymbol,
        @Size(max = 200) @PlainText String place,
        @DomainDate LocalDate date,
        @Size(max = 10) List<@Size(max = 200) @PlainText String> signerTitles,
        @Size(max = 200) @PlainText String signerName,
        @Size(max = 50) List<@Size(max = 300) @PlainText String> recipients) {

    ReportHeader normalized() {
        return new ReportHeader(VietnameseText.nfc(numberSymbol), VietnameseText.nfc(place), date,
                signerTitles == null ? null : signerTitles.stream().map(VietnameseText::nfc).toList(),
                VietnameseText.nfc(signerName),
                recipients == null ? null : recipients.stream().map(VietnameseText::nfc).toList());
    }
}
