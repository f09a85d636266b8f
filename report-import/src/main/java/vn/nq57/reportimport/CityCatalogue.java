package vn.nq57.reportimport;

import java.util.List;
import java.util.Map;

/**
 * The words Vietnamese reports use for the city's NQ57 catalogue indicators (the codes of the
 * submission service's default template). A round's catalogue can bring its own cues; these are
 * the fallback for the known codes. They describe how the language names each quantity, not the
 * wording of any one report.
 */
final class CityCatalogue {

    private static final String CDT = "cong nghe so cong dong|cong nghe so|cnscd|cnsc|to cnscd|to cong nghe";
    private static final String PORTAL = "cong thong tin|trang thong tin|cong ttdt|trang tin dien tu|website";
    private static final String SOCIAL = "fanpage|mang xa hoi|zalo|facebook|youtube|tiktok";
    private static final String TRAINING = "tap huan|boi duong|dao tao|lop hoc|khoa hoc|huong dan truc tiep";

    private static final Map<String, List<String>> CUES = Map.ofEntries(
            Map.entry("RADIO_BROADCASTS", List.of("need:phat thanh|truyen thanh|phat song|phat|loa",
                    "unit:luot|buoi|chuyen muc|chuong trinh|tin", "phat thanh", "truyen thanh", "chuyen de", "chuyen muc",
                    "not:tham gia|hoan thanh|dang ky|truy cap|nguoi", "notnear:cum")),
            Map.entry("PORTAL_ARTICLES", List.of("near:tin|bai|bai viet|tin bai|tin, bai|infographic",
                    "need:" + PORTAL, "unit:tin bai|tin|bai|bai viet", "cong thong tin", "trang thong tin",
                    "dang tai", "dang", "not:phat thanh")),
            Map.entry("SOCIAL_MEDIA_POSTS", List.of("near:tin|bai|bai viet|tin bai|tin, bai|infographic|video",
                    "need:" + SOCIAL, "unit:tin bai|tin|bai|bai viet|video", "fanpage", "mang xa hoi", "dang tai", "dang",
                    "not:phat thanh|" + PORTAL)),
            Map.entry("LED_SCREENS", List.of("need:led|man hinh|bang dien tu", "unit:man hinh", "led")),
            Map.entry("TRAINING_PARTICIPANTS", List.of("need:" + TRAINING, "unit:nguoi|can bo|hoc vien|luot nguoi|cong chuc",
                    "tham gia", "tap huan", "notnear:thanh vien|buoi|lop|dot|khoa|nguoi dan duoc huong dan")),
            Map.entry("CDT_TEAMS", List.of("near:" + CDT, "unit:to", "notnear:thanh vien|nguoi")),
            Map.entry("CDT_MEMBERS", List.of("near:thanh vien", "need:" + CDT + "|cds|doi ho tro|to",
                    "unit:thanh vien", "not:" + TRAINING)),
            Map.entry("CDT_MEMBERS_TRAINED", List.of("near:thanh vien", "need:" + TRAINING, "unit:thanh vien", CDT)),
            Map.entry("CITIZENS_GUIDED", List.of("near:nguoi dan|luot nguoi dan|nguoi", "need:huong dan|ho tro",
                    "ky nang so", "huong dan", "not:tham gia|tap huan|dang ky")),
            Map.entry("TRAINING_SESSIONS", List.of("near:buoi|lop|dot|khoa", "need:" + TRAINING + "|huong dan",
                    "unit:buoi|lop", "tap huan")),
            Map.entry("MOOC_COMPLETION", List.of("need:mooc|moocs|khoa hoc truc tuyen|hoc truc tuyen", "hoan thanh")),
            Map.entry("CONTEST_REGISTRATIONS", List.of("need:dang ky|du thi", "need:cuoc thi|hoi thi|du thi",
                    "unit:nguoi|luot", "dang ky")),
            Map.entry("CONTEST_COMPLETIONS", List.of("need:hoan thanh|tham gia|bai thi|bai du thi",
                    "need:cuoc thi|hoi thi|thi so|bai thi", "unit:luot|nguoi|bai", "hoan thanh", "notnear:dang ky")),
            Map.entry("EVENT_PARTICIPANTS", List.of("need:tham gia|thu hut", "unit:luot|nguoi|luot nguoi",
                    "nguoi dan", "su kien", "ngay hoi", "le", "hoat dong", "truc tiep", "phat dong",
                    "not:" + TRAINING + "|cuoc thi|hoi thi|thanh vien|to dan pho")),
            Map.entry("DEVICES_WITH_APPS", List.of("near:thiet bi|dien thoai|may", "need:cai dat|app|ung dung|su dung",
                    "unit:thiet bi")),
            Map.entry("DIRECTIVE_DOCUMENTS", List.of("near:van ban", "need:ban hanh|chi dao|ke hoach|trien khai",
                    "unit:van ban", "ban hanh", "chi dao")),
            Map.entry("ONLINE_DOSSIER_RATE", List.of("need:ho so", "need:truc tuyen|online")),
            Map.entry("OVERDUE_DOSSIERS", List.of("need:qua han|tre han", "near:ho so|qua han", "unit:ho so")),
            Map.entry("OCOP_ON_ECOMMERCE", List.of("need:ocop", "unit:san pham", "thuong mai dien tu", "san")),
            Map.entry("LOUDSPEAKER_CLUSTERS_DIGITAL", List.of("near:cum loa|cum", "unit:cum",
                    "notnear:co day|huu tuyen", "so", "ip", "khong day", "thong minh")),
            Map.entry("LOUDSPEAKER_CLUSTERS_WIRED", List.of("near:cum loa|cum", "near:co day|huu tuyen", "unit:cum")),
            Map.entry("CONFERENCES", List.of("near:hoi nghi", "unit:hoi nghi", "quan triet", "trien khai")),
            Map.entry("UNITS_BRIEFED_RATE", List.of("need:quan triet", "near:chi bo|co quan|don vi|can bo|cong chuc|vien chuc|dang vien",
                    "hoc tap", "long ghep")));

    private CityCatalogue() {
    }

    static List<String> cues(String code) {
        return CUES.getOrDefault(code, List.of());
    }
}
