package vn.nq57.notification.dispatch;

import java.util.UUID;
import vn.nq57.notification.notice.Delivery;

/** A delivery leased by the dispatcher, with everything needed to send it outside a transaction. */
public record Claim(UUID deliveryId, Delivery.Channel channel, String target, int attempts, String kind,
        String subject, String text, String html, String payload, String url, String secret) {
}
