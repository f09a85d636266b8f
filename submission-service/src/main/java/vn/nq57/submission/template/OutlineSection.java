package vn.nq57.submission.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.nq57.contracts.validation.PlainText;

/**
 * One section of a report outline (đề cương), e.g. {@code I.1.2} "Ban hành văn bản chỉ đạo".
 *
 * @param code     dotted outline code, unique within the outline
 * @param required whether a report must fill this section before it is submitted
 * @param guidance what the unit is expected to write
 * @param children sub-sections, in order
 */
public record OutlineSection(@Size(max = 20) @PlainText String code, @Size(max = 500) @PlainText String title,
        boolean required, @Size(max = 4000) @PlainText String guidance,
        @Size(max = 50) List<@Valid OutlineSection> children) {

    public List<OutlineSection> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
