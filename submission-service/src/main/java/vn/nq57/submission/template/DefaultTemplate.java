package vn.nq57.submission.template;

import static vn.nq57.contracts.events.AggregationRule.RATIO_OF_SUMS;
import static vn.nq57.contracts.events.AggregationRule.SUM;
import static vn.nq57.contracts.events.IndicatorKind.COUNT;
import static vn.nq57.contracts.events.IndicatorKind.RATIO;

import java.math.BigDecimal;
import java.util.List;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorTarget;
import vn.nq57.contracts.events.Qualifier;

/**
 * The city's outline of a progress report on plan 192/KH-UBND (followed by the Nguyễn Lương Bằng
 * and Phù Liễn reports) and the indicators the seed reports give numbers for.
 */
public final class DefaultTemplate {

    public static final Template TEMPLATE = new Template("Đề cương báo cáo tuyên truyền Nghị quyết 57-NQ/TW",
            outline(), indicators());

    private DefaultTemplate() {
    }

    private static List<OutlineSection> outline() {
        return List.of(
                section("I", "Tình hình tổ chức thực hiện kế hoạch", true, null, List.of(
                        section("I.1", "Công tác quán triệt, tổ chức triển khai", true, null, List.of(
                                leaf("I.1.1", "Công tác quán triệt, tuyên truyền phổ biến", true,
                                        "Hình thức, kênh tuyên truyền và đối tượng đã tiếp cận."),
                                leaf("I.1.2", "Ban hành văn bản chỉ đạo, kế hoạch triển khai", true,
                                        "Số, ký hiệu, ngày của kế hoạch và văn bản chỉ đạo đã ban hành."),
                                leaf("I.1.3", "Chỉ đạo, định hướng nội dung tuyên truyền; rà soát thông tin trái chiều", false,
                                        "Việc thẩm định nội dung trước khi đăng tải và xử lý thông tin sai sự thật."))),
                        section("I.2", "Kết quả triển khai các hoạt động truyền thông", true, null, List.of(
                                leaf("I.2.1", "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW và văn bản liên quan", true,
                                        "Số buổi phát thanh, tin bài, hội nghị."),
                                leaf("I.2.2", "Xây dựng và duy trì chuyên mục trên Cổng/Trang thông tin điện tử", true,
                                        "Tên chuyên mục, số tin bài đã đăng."),
                                leaf("I.2.3", "Chuyên trang, tuyến nội dung và sản phẩm truyền thông", false,
                                        "Video, infographic, bản tin đã sản xuất."),
                                leaf("I.2.4", "Tuyên truyền trên báo chí, mạng xã hội", false, null),
                                leaf("I.2.5", "Một số hoạt động truyền thông khác", false,
                                        "Sự kiện, cuộc thi, kho tài nguyên số, tập huấn."),
                                leaf("I.2.6", "Kết quả đề tài nghiên cứu khoa học, ứng dụng công nghệ (nếu có)", false, null))),
                        leaf("I.3", "Tham mưu, đề xuất kinh phí", false,
                                "Nguồn kinh phí đã dùng; đề xuất (đối với Sở Tài chính)."),
                        leaf("I.4", "Đánh giá tác động, hiệu quả", true, null),
                        leaf("I.5", "Khó khăn, vướng mắc và nguyên nhân", true,
                                "Ghi từng khó khăn và nguyên nhân vào danh sách riêng để thành phố tổng hợp."))),
                leaf("II", "Đánh giá chung", true, null),
                leaf("III", "Kiến nghị, đề xuất", true,
                        "Mỗi kiến nghị ghi rõ nơi nhận: UBND thành phố, Sở Khoa học và Công nghệ..."));
    }

    private static List<IndicatorDefinition> indicators() {
        return List.of(
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
                new IndicatorDefinition("CDT_TRAINING_ROUNDS", "Số đợt tập huấn bổ sung cho Tổ công nghệ số cộng đồng", "đợt",
                        COUNT, SUM, BigDecimal.ZERO, null, new IndicatorTarget(Qualifier.AT_LEAST, new BigDecimal("2"), "YEAR",
                                "Tổ chức tập huấn bổ sung tối thiểu 02 đợt/năm")),
                new IndicatorDefinition("MOOC_COMPLETION", "Cán bộ hoàn thành các khóa MOOCs về chuyển đổi số",
                        "người", RATIO, RATIO_OF_SUMS, BigDecimal.ZERO, null),
                count("CONTEST_REGISTRATIONS", "Số người đăng ký cuộc thi về chuyển đổi số", "người"),
                count("CONTEST_COMPLETIONS", "Số lượt hoàn thành cuộc thi về chuyển đổi số", "lượt"),
                count("CONTEST_PARTICIPATIONS", "Số lượt tham gia các cuộc thi số", "lượt"),
                count("EVENT_PARTICIPANTS", "Số lượt người tham gia sự kiện, hoạt động tuyên truyền trực tiếp", "lượt"),
                count("DEVICES_WITH_APPS", "Số thiết bị được cài đặt ứng dụng số", "thiết bị"),
                count("DIRECTIVE_DOCUMENTS", "Số văn bản chỉ đạo, kế hoạch đã ban hành", "văn bản"),
                new IndicatorDefinition("ONLINE_DOSSIER_RATE", "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến",
                        "hồ sơ", RATIO, RATIO_OF_SUMS, BigDecimal.ZERO, null),
                count("OVERDUE_DOSSIERS", "Số hồ sơ quá hạn", "hồ sơ"),
                count("OCOP_ON_ECOMMERCE", "Số sản phẩm OCOP được tuyên truyền trên sàn thương mại điện tử", "sản phẩm"),
                count("LOUDSPEAKER_CLUSTERS_DIGITAL", "Số cụm loa truyền thanh số (IP)", "cụm"),
                count("LOUDSPEAKER_CLUSTERS_WIRED", "Số cụm loa truyền thanh có dây", "cụm"),
                count("CONFERENCES", "Số hội nghị quán triệt, triển khai", "hội nghị"),
                new IndicatorDefinition("UNITS_BRIEFED_RATE", "Tỷ lệ chi bộ, cơ quan, đơn vị đã quán triệt Nghị quyết",
                        "%", IndicatorKind.PERCENTAGE, AggregationRule.AVERAGE, BigDecimal.ZERO, new BigDecimal("100"),
                        new IndicatorTarget(Qualifier.EXACT, new BigDecimal("100"), null,
                                "100% cán bộ, đảng viên được quán triệt (Quyết định 1169/QĐ-TTg)")));
    }

    private static IndicatorDefinition count(String code, String name, String unit) {
        return new IndicatorDefinition(code, name, unit, COUNT, SUM, BigDecimal.ZERO, null);
    }

    private static OutlineSection section(String code, String title, boolean required, String guidance,
            List<OutlineSection> children) {
        return new OutlineSection(code, title, required, guidance, children);
    }

    private static OutlineSection leaf(String code, String title, boolean required, String guidance) {
        return new OutlineSection(code, title, required, guidance, List.of());
    }
}
