package vn.nq57.aggregation.narrative;

import vn.nq57.contracts.text.VietnameseText;

/**
 * What an outline section is to the consolidated report, told by its title (units follow the round's
 * outline, whose titles the city wrote): the general assessment (Đánh giá chung) goes to section IV;
 * difficulties (Khó khăn) and recommendations (Kiến nghị) are reported as lists in III and V; every other
 * section is narrative for section I.
 */
public enum SectionRole {
    NARRATIVE, GENERAL_ASSESSMENT, LISTED;

    public static SectionRole of(String title) {
        String folded = VietnameseText.fold(title);
        if (folded.contains("danh gia chung")) {
            return GENERAL_ASSESSMENT;
        }
        if (folded.startsWith("kho khan") || folded.startsWith("kien nghi")) {
            return LISTED;
        }
        return NARRATIVE;
    }
}
