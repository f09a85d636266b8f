package vn.nq57.submission.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.PlainText;

/** A reviewer's decision: the overall comment and, on return, comments per outline section. */
@Schema(example = """
        {"comment":"Đề nghị bổ sung số liệu mục 2.2","sectionComments":[{"code":"I.2.2","comment":"Thiếu số tin bài"}]}""")
public record ReviewRequest(@Size(max = 4000) @PlainText String comment,
        @Size(max = 100) List<@Valid SectionComment> sectionComments) {
}
