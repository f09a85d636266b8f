package vn.nq57.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/** A notification as its recipient sees it. */
public record InboxView(UUID id, NoticeKind kind, String title, String body, UUID roundId, String unitCode,
        OffsetDateTime createdAt, OffsetDateTime readAt, boolean read) {

    public static InboxView of(InboxItem item) {
        return new InboxView(item.id, item.kind, item.title, item.body, item.roundId, item.unitCode,
                Times.local(item.createdAt), Times.local(item.readAt), item.readAt != null);
    }
}
