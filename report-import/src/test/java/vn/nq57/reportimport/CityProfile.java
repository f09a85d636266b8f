package vn.nq57.reportimport;

import static vn.nq57.reportimport.ImportProfile.CatalogueIndicator.Kind.COUNT;
import static vn.nq57.reportimport.ImportProfile.CatalogueIndicator.Kind.PERCENTAGE;
import static vn.nq57.reportimport.ImportProfile.CatalogueIndicator.Kind.RATIO;

import java.util.List;
import vn.nq57.reportimport.ImportProfile.CatalogueIndicator;
import vn.nq57.reportimport.ImportProfile.OutlineEntry;

/** The city's outline and catalogue as submission-service's DefaultTemplate defines them (no cues: the library's own). */
final class CityProfile {

    static final ImportProfile PROFILE = new ImportProfile(List.of(
            new OutlineEntry("I", "Tình hình tổ chức thực hiện kế hoạch", null),
            new OutlineEntry("I.1", "Công tác quán triệt, tổ chức triển khai", null),
            new OutlineEntry("I.1.1", "Công tác quán triệt, tuyên truyền phổ biến", "Hình thức, kênh tuyên truyền và đối tượng đã tiếp cận."),
            new OutlineEntry("I.1.2", "Ban hành văn bản chỉ đạo, kế hoạch triển khai", "Số, ký hiệu, ngày của kế hoạch và văn bản chỉ đạo đã ban hành."),
            new OutlineEntry("I.1.3", "Chỉ đạo, định hướng nội dung tuyên truyền; rà soát thông tin trái chiều",
                    "Việc thẩm định nội dung trước khi đăng tải và xử lý thông tin sai sự thật."),
            new OutlineEntry("I.2", "Kết quả triển khai các hoạt động truyền thông", null),
            new OutlineEntry("I.2.1", "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW và văn bản liên quan", "Số buổi phát thanh, tin bài, hội nghị."),
            new OutlineEntry("I.2.2", "Xây dựng và duy trì chuyên mục trên Cổng/Trang thông tin điện tử", "Tên chuyên mục, số tin bài đã đăng."),
            new OutlineEntry("I.2.3", "Chuyên trang, tuyến nội dung và sản phẩm truyền thông", "Video, infographic, bản tin đã sản xuất."),
            new OutlineEntry("I.2.4", "Tuyên truyền trên báo chí, mạng xã hội", null),
            new OutlineEntry("I.2.5", "Một số hoạt động truyền thông khác", "Sự kiện, cuộc thi, kho tài nguyên số, tập huấn."),
            new OutlineEntry("I.2.6", "Kết quả đề tài nghiên cứu khoa học, ứng dụng công nghệ (nếu có)", null),
            new OutlineEntry("I.3", "Tham mưu, đề xuất kinh phí", "Nguồn kinh phí đã dùng; đề xuất (đối với Sở Tài chính)."),
            new OutlineEntry("I.4", "Đánh giá tác động, hiệu quả", null),
            new OutlineEntry("I.5", "Khó khăn, vướng mắc và nguyên nhân", "Ghi từng khó khăn và nguyên nhân vào danh sách riêng để thành phố tổng hợp."),
            new OutlineEntry("II", "Đánh giá chung", null),
            new OutlineEntry("III", "Kiến nghị, đề xuất", "Mỗi kiến nghị ghi rõ nơi nhận: UBND thành phố, Sở Khoa học và Công nghệ...")),
            List.of(
                    count("RADIO_BROADCASTS", "Số lượt phát thanh chuyên đề về Nghị quyết 57-NQ/TW", "lượt"),
                    count("PORTAL_ARTICLES", "Số tin, bài đăng trên Cổng/Trang thông tin điện tử", "tin bài"),
                    count("SOCIAL_MEDIA_POSTS", "Số tin, bài, infographic, video đăng trên mạng xã hội (Fanpage, Zalo OA, YouTube, TikTok)",
                            "tin bài"),
                    count("LED_SCREENS", "Số màn hình LED phát nội dung tuyên truyền", "màn hình"),
                    count("TRAINING_PARTICIPANTS", "Số người tham gia tập huấn chuyển đổi số", "người"),
                    count("CDT_TEAMS", "Số Tổ công nghệ số cộng đồng", "tổ"),
                    count("CDT_MEMBERS", "Số thành viên Tổ công nghệ số cộng đồng", "người"),
                    count("CDT_MEMBERS_TRAINED", "Số thành viên Tổ công nghệ số cộng đồng được tập huấn", "người"),
                    count("CITIZENS_GUIDED", "Số người dân được hướng dẫn kỹ năng số", "người"),
                    count("TRAINING_SESSIONS", "Số buổi tập huấn, hướng dẫn trực tiếp", "buổi"),
                    new CatalogueIndicator("MOOC_COMPLETION", "Cán bộ hoàn thành các khóa MOOCs về chuyển đổi số", "người", RATIO, List.of()),
                    count("CONTEST_REGISTRATIONS", "Số người đăng ký cuộc thi về chuyển đổi số", "người"),
                    count("CONTEST_COMPLETIONS", "Số lượt hoàn thành cuộc thi về chuyển đổi số", "lượt"),
                    count("EVENT_PARTICIPANTS", "Số lượt người tham gia sự kiện, hoạt động tuyên truyền trực tiếp", "lượt"),
                    count("DEVICES_WITH_APPS", "Số thiết bị được cài đặt ứng dụng số", "thiết bị"),
                    count("DIRECTIVE_DOCUMENTS", "Số văn bản chỉ đạo, kế hoạch đã ban hành", "văn bản"),
                    new CatalogueIndicator("ONLINE_DOSSIER_RATE", "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến", "hồ sơ", RATIO, List.of()),
                    count("OVERDUE_DOSSIERS", "Số hồ sơ quá hạn", "hồ sơ"),
                    count("OCOP_ON_ECOMMERCE", "Số sản phẩm OCOP được tuyên truyền trên sàn thương mại điện tử", "sản phẩm"),
                    count("LOUDSPEAKER_CLUSTERS_DIGITAL", "Số cụm loa truyền thanh số (IP)", "cụm"),
                    count("LOUDSPEAKER_CLUSTERS_WIRED", "Số cụm loa truyền thanh có dây", "cụm"),
                    count("CONFERENCES", "Số hội nghị quán triệt, triển khai", "hội nghị"),
                    new CatalogueIndicator("UNITS_BRIEFED_RATE", "Tỷ lệ chi bộ, cơ quan, đơn vị đã quán triệt Nghị quyết", "%",
                            PERCENTAGE, List.of())));

    private CityProfile() {
    }

    private static CatalogueIndicator count(String code, String name, String unit) {
        return new CatalogueIndicator(code, name, unit, COUNT, List.of());
    }
}
