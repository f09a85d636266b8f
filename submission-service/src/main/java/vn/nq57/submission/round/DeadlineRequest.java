package vn.nq57.submission.round;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.nq57.contracts.validation.DomainDate;
import vn.nq57.contracts.validation.PlainText;

/** A new deadline for a round, and why. */
@Schema(example = """
        {"dueAt":"2025-12-05T17:00:00+07:00","reason":"Gia hạn theo đề nghị của các xã"}""")
public record DeadlineRequest(@NotNull @DomainDate OffsetDateTime dueAt, @Size(max = 1000) @PlainText String reason) {
}
