package vn.nq57.submission.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;

/** Reopens a closed round for one unit (mở lại cho một đơn vị) until its own deadline. */
@Schema(example = """
        {"unitCode":"11914","reason":"Đặc khu Cát Hải mất điện do bão, chưa gửi được báo cáo",
         "dueAt":"2025-12-08T17:00:00+07:00"}""")
public record ReopenRequest(
        @NotBlank @Size(max = 10) @PlainText String unitCode,
        @NotBlank @Size(max = 1000) @PlainText String reason,
        @NotNull @DomainDate OffsetDateTime dueAt) {
}
