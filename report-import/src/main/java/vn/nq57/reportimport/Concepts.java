package vn.nq57.reportimport;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Vocabulary of Vietnamese administrative reports: phrases that say the same thing in different
 * outlines ("khó khăn", "vướng mắc", "tồn tại", "hạn chế" all mean difficulties). Matching a
 * unit's heading against the round's outline by these concepts is what maps an outline I–V onto
 * the city's I.1–III by meaning rather than by numbering.
 */
final class Concepts {

    static final String DIFFICULTY = "DIFFICULTY";
    static final String CAUSE = "CAUSE";
    static final String RECOMMENDATION = "RECOMMENDATION";
    static final String FORWARD = "FORWARD";

    private static final Map<String, List<String>> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(DIFFICULTY, List.of("kho khan", "vuong mac", "ton tai", "han che", "bat cap", "yeu kem"));
        PHRASES.put(CAUSE, List.of("nguyen nhan"));
        PHRASES.put(RECOMMENDATION, List.of("kien nghi", "de nghi", "de xuat", "doi voi"));
        PHRASES.put(FORWARD, List.of("thoi gian toi", "giai phap", "phuong huong", "nhiem vu trong tam",
                "ke hoach nam toi", "nam tiep theo", "nhiem vu, giai phap"));
        PHRASES.put("ASSESSMENT", List.of("danh gia chung", "ket qua dat duoc", "tong quan", "nhan xet chung"));
        PHRASES.put("IMPACT", List.of("tac dong", "hieu qua"));
        PHRASES.put("BUDGET", List.of("kinh phi", "tai chinh", "ngan sach", "du toan"));
        PHRASES.put("DIRECTIVE", List.of("van ban chi dao", "ban hanh", "van ban", "ke hoach trien khai"));
        PHRASES.put("BRIEFING", List.of("quan triet", "pho bien", "chi dao", "he thong chinh tri"));
        PHRASES.put("LEADERSHIP", List.of("lanh dao", "to chuc trien khai", "trien khai thuc hien"));
        PHRASES.put("REVIEW", List.of("trai chieu", "ra soat", "sai su that", "dinh huong noi dung", "xau doc"));
        PHRASES.put("RADIO", List.of("truyen thanh", "phat thanh", "loa", "thong tin co so"));
        PHRASES.put("PORTAL", List.of("cong thong tin", "trang thong tin", "cong trang", "chuyen muc", "dien tu"));
        PHRASES.put("SOCIAL", List.of("mang xa hoi", "bao chi", "moi truong so", "truyen thong so", "fanpage",
                "phuong tien truyen thong"));
        PHRASES.put("PRODUCTS", List.of("chuyen trang", "san pham truyen thong", "tuyen noi dung", "video", "infographic"));
        PHRASES.put("ACTIVITIES", List.of("hoat dong truyen thong khac", "su kien", "phong trao", "tap huan", "dao tao",
                "cuoc thi", "truc quan", "kho tai nguyen", "hoat dong khac", "dich vu cong", "de an 06", "kinh te so"));
        PHRASES.put("RESEARCH", List.of("nghien cuu", "de tai", "ung dung cong nghe", "thu nghiem"));
        PHRASES.put("RESULTS", List.of("ket qua trien khai", "ket qua to chuc", "ket qua thuc hien", "hoat dong truyen thong"));
        PHRASES.put("SITUATION", List.of("tinh hinh", "dac diem"));
    }

    private Concepts() {
    }

    /** The concepts a folded phrase mentions. */
    static Set<String> of(String folded) {
        return of(folded, false);
    }

    /** The concepts a folded phrase mentions; in OCR text a word of four or more letters may be one edit off. */
    static Set<String> of(String folded, boolean ocr) {
        String padded = " " + folded + " ";
        Window words = ocr ? Window.of(folded, 0, folded.length(), true, true).fuzzyFrom(5) : null;
        Set<String> found = new LinkedHashSet<>();
        PHRASES.forEach((concept, phrases) -> {
            for (String phrase : phrases) {
                if (padded.contains(" " + phrase + " ") || words != null && words.distance(phrase, false) >= 0) {
                    found.add(concept);
                    return;
                }
            }
        });
        return found;
    }
}
