package vn.nq57.aggregation.synthesis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.text.VietnameseText;

/**
 * The themes a province groups the units' notes by, each with accent-insensitive keyword rules.
 * A note goes to the theme with the most matching keywords (ties: the earlier theme); a note no
 * keyword matches goes to {@link #OTHER}.
 */
public record ThemeCatalogue(@NotNull @Size(min = 1, max = MAX_THEMES) List<@NotNull @Valid Theme> themes) {

    public static final int MAX_THEMES = 30;
    public static final int MAX_KEYWORDS = 50;
    public static final String OTHER = "OTHER";

    /** The platform's built-in catalogue, from the complaints the seed reports repeat. */
    public static final ThemeCatalogue BUILT_IN = new ThemeCatalogue(List.of(
            new Theme("OUTREACH", "Công tác tuyên truyền, tiếp cận người dân", "Outreach to citizens",
                    List.of("người cao tuổi", "người dân", "hộ kinh doanh", "doanh nghiệp nhỏ", "tiếp cận",
                            "nhận thức", "tuyên truyền", "vùng sâu", "ngại", "thói quen")),
            new Theme("INFRASTRUCTURE", "Hạ tầng, trang thiết bị", "Infrastructure and equipment",
                    List.of("hạ tầng", "loa", "truyền thanh", "đường truyền", "thiết bị", "máy tính", "màn hình",
                            "sóng", "internet", "cơ sở vật chất", "xuống cấp")),
            new Theme("FUNDING", "Kinh phí", "Funding",
                    List.of("kinh phí", "ngân sách", "nguồn vốn", "chi phí", "dự toán", "hỗ trợ kinh phí")),
            new Theme("HUMAN_RESOURCES", "Nhân lực, cán bộ", "Human resources",
                    List.of("cán bộ", "kiêm nhiệm", "quá tải", "nhân lực", "nhân sự", "biên chế", "công chức",
                            "chuyên môn", "trình độ", "tập huấn", "đào tạo")),
            new Theme("PLATFORMS", "Nền tảng số, tài khoản", "Platforms and accounts",
                    List.of("otp", "đăng nhập", "tài khoản", "mật khẩu", "nq57.vn", "hệ thống báo cáo",
                            "phần mềm", "nền tảng", "ứng dụng", "vneid", "lỗi hệ thống", "nhập liệu", "nhập lại"))));

    /** The theme code of a text, or {@link #OTHER}. */
    public String assign(String text) {
        String folded = " " + words(text) + " ";
        String best = OTHER;
        int bestHits = 0;
        for (Theme theme : themes) {
            int hits = 0;
            for (String keyword : theme.keywords()) {
                String key = words(keyword);
                if (!key.isEmpty() && folded.contains(" " + key + " ")) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = theme.code();
                bestHits = hits;
            }
        }
        return best;
    }

    public Theme theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    /** The rules Bean Validation cannot express: unique codes, OTHER reserved, keywords not empty once folded. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            if (OTHER.equals(theme.code())) {
                errors.add(new FieldError("themes[" + i + "].code", "OTHER is reserved for notes no keyword matches"));
            } else if (!codes.add(theme.code())) {
                errors.add(new FieldError("themes[" + i + "].code", "duplicate code " + theme.code()));
            }
            for (int k = 0; k < theme.keywords().size(); k++) {
                if (words(theme.keywords().get(k)).isEmpty()) {
                    errors.add(new FieldError("themes[" + i + "].keywords[" + k + "]", "has no letter or digit"));
                }
            }
        }
        return errors;
    }

    /** Folded (no accents, lower case) with everything but letters, digits and dots as single spaces. */
    static String words(String text) {
        return VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("(?<![\\p{L}\\p{N}])\\.|\\.(?![\\p{L}\\p{N}])", " ")
                .replaceAll(" +", " ").trim();
    }
}
