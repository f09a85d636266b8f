package vn.nq57.notification.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a {@code Page<DeliveryView>}: an annotation cannot name a generic type. Documentation only. */
@Schema(name = "DeliveryViewPage", description = "One page of webhook deliveries")
record DeliveryViewPage(List<DeliveryView> items, int page, int size, long total) {
}
