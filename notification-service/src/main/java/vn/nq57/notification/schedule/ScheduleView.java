package vn.nq57.notification.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/** One planned notice, with its time in Asia/Ho_Chi_Minh. */
public record ScheduleView(UUID id, UUID roundId, String unitCode, NoticeKind kind, String label,
        OffsetDateTime deadline, OffsetDateTime fireAt, ScheduledNotice.Status status) {

    public static ScheduleView of(ScheduledNotice n) {
        return new ScheduleView(n.id, n.roundId, n.unitCode, n.kind, n.label, Times.local(n.deadline),
                Times.local(n.fireAt), n.status);
    }
}
