package vn.nq57.submission.round;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new deadline for a round, and why. */
@Schema(example = """
        {"dueAt":"2025-12-05T17:00:00+07:00","reason":"Gia hạn theo đề nghị của các xã"}""")
public record DeadlineRequest(OffsetDateTime dueAt, String reason) {
}
