package vn.nq57.submission.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision: the overall comment and, on return, comments per outline section. */
@Schema(example = """
        {"comment":"Đề nghị bổ sung số liệu mục 2.2","sectionComments":[{"code":"I.2.2","comment":"Thiếu số tin bài"}]}""")
public record ReviewRequest(String comment, List<SectionComment> sectionComments) {
}
