package vn.nq57.submission.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.text.VietnameseText;

/** What a unit writes in its progress report (báo cáo): the editable draft and every submitted version. */
@Schema(example = """
        {"header":{"numberSymbol":"311/BC-UBND","place":"Phù Liễn","date":"2025-12-03",
          "signerTitles":["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH","PHÓ CHỦ TỊCH"],"recipients":["Sở KH&CN"]},
         "sections":[{"code":"I.2.1","text":"Duy trì phát sóng trên 71 cụm loa truyền thanh số và 38 cụm có dây."}],
         "indicators":[{"code":"PORTAL_ARTICLES","qualifier":"AT_LEAST","value":445},
                       {"code":"ONLINE_DOSSIER_RATE","qualifier":"RATIO","numerator":5010,"denominator":5092}],
         "difficulties":[{"text":"Người cao tuổi, hộ kinh doanh nhỏ ít sử dụng nền tảng số","theme":"OUTREACH"}],
         "causes":[{"text":"Cán bộ phụ trách truyền thông chủ yếu là kiêm nhiệm","theme":"STAFFING"}],
         "recommendations":[{"text":"Hỗ trợ kinh phí tuyên truyền chuyển đổi số cấp xã","addressee":"UBND thành phố"}]}""")
public record ReportContent(
        @Valid ReportHeader header,
        @Size(max = 100) List<@Valid SectionText> sections,
        @Size(max = 200) List<@Valid IndicatorValue> indicators,
        @Size(max = 50) List<@Valid ReportNote> difficulties,
        @Size(max = 50) List<@Valid ReportNote> causes,
        @Size(max = 50) List<@Valid Recommendation> recommendations) {

    public static final ReportContent EMPTY = new ReportContent(null, List.of(), List.of(), List.of(), List.of(), List.of());

    /** NFC text everywhere and empty lists instead of nulls. */
    public ReportContent normalized() {
        return new ReportContent(
                header == null ? null : header.normalized(),
                sections == null ? List.of() : sections.stream()
                        .map(s -> s == null ? null : new SectionText(s.code(), VietnameseText.nfc(s.text()))).toList(),
                indicators == null ? List.of() : indicators.stream().map(v -> v == null ? null
                        : new IndicatorValue(v.code(), v.qualifier(), v.value(), v.min(), v.max(), v.numerator(),
                                v.denominator(), VietnameseText.nfc(v.text()), VietnameseText.nfc(v.note()), v.atLeast()))
                        .toList(),
                notes(difficulties), notes(causes),
                recommendations == null ? List.of() : recommendations.stream().map(r -> r == null ? null
                        : new Recommendation(VietnameseText.nfc(r.text()), VietnameseText.nfc(r.addressee()), r.theme()))
                        .toList());
    }

    private static List<ReportNote> notes(List<ReportNote> notes) {
        return notes == null ? List.of() : notes.stream()
                .map(n -> n == null ? null : new ReportNote(VietnameseText.nfc(n.text()), n.theme())).toList();
    }
}
