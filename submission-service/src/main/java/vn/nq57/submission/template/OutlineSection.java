package vn.nq57.submission.template;

import java.util.List;

/**
 * One section of a report outline (đề cương), e.g. {@code I.1.2} "Ban hành văn bản chỉ đạo".
 *
 * @param code     dotted outline code, unique within the outline
 * @param required whether a report must fill this section before it is submitted
 * @param guidance what the unit is expected to write
 * @param children sub-sections, in order
 */
public record OutlineSection(String code, String title, boolean required, String guidance, List<OutlineSection> children) {

    public List<OutlineSection> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
