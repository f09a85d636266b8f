package vn.nq57.notification.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.support.Times;

/** One entry of a webhook's delivery log. */
public record DeliveryView(UUID id, UUID notificationId, Delivery.Status status, int attempts, Integer lastStatus,
        String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, OffsetDateTime createdAt) {

    public static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.notificationId, d.status, d.attempts, d.lastStatus, d.lastError,
                Times.local(d.nextAttemptAt), Times.local(d.sentAt), Times.local(d.createdAt));
    }
}
