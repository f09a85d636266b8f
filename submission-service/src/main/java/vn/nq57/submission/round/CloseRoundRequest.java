package vn.nq57.submission.round;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.PlainText;

/** Closes a round (chốt số liệu), with an optional note kept in the round's audit. */
@Schema(example = """
        {"note":"Chốt số liệu để tổng hợp báo cáo gửi Bộ Khoa học và Công nghệ"}""")
public record CloseRoundRequest(@Size(max = 1000) @PlainText String note) {
}
