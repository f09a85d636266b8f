package vn.nq57.notification.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a {@code Page<WebhookView>}: an annotation cannot name a generic type. Documentation only. */
@Schema(name = "WebhookViewPage", description = "One page of webhooks")
record WebhookViewPage(List<WebhookView> items, int page, int size, long total) {
}
