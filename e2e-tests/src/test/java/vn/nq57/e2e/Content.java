package vn.nq57.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Report content as units write it, with every required section of the default outline. */
final class Content {

    static final List<String> REQUIRED_SECTIONS = List.of("I.1.1", "I.1.2", "I.2.1", "I.2.2", "I.4", "I.5", "II", "III");

    private Content() {
    }

    static Map<String, Object> report(String numberSymbol, List<Map<String, Object>> indicators) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String code : REQUIRED_SECTIONS) {
            sections.add(Map.of("code", code, "text", "Nội dung mục " + code + " của báo cáo " + numberSymbol));
        }
        return Map.of(
                "header", Map.of("numberSymbol", numberSymbol, "place", "Hải Phòng", "date", "2026-11-25",
                        "signerTitles", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                        "recipients", List.of("Sở Khoa học và Công nghệ", "Lưu: VT, VHXH")),
                "sections", sections,
                "indicators", indicators,
                "difficulties", List.of(Map.of("text", "Cán bộ kiêm nhiệm, quá tải công việc", "theme", "STAFFING")),
                "causes", List.of(Map.of("text", "Chưa có kinh phí riêng cho tuyên truyền", "theme", "FUNDING")),
                "recommendations", List.of(Map.of("text", "Hỗ trợ kinh phí tuyên truyền chuyển đổi số cấp xã",
                        "addressee", "UBND thành phố")));
    }

    static Map<String, Object> exact(String code, int value) {
        return Map.of("code", code, "qualifier", "EXACT", "value", value);
    }

    static Map<String, Object> atLeast(String code, int value) {
        return Map.of("code", code, "qualifier", "AT_LEAST", "value", value);
    }

    static Map<String, Object> ratio(String code, int numerator, int denominator) {
        return Map.of("code", code, "qualifier", "RATIO", "numerator", numerator, "denominator", denominator);
    }
}
