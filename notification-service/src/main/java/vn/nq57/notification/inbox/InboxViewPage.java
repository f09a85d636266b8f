package vn.nq57.notification.inbox;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a {@code Page<InboxView>}: an annotation cannot name a generic type. Documentation only. */
@Schema(name = "InboxViewPage", description = "One page of notifications")
record InboxViewPage(List<InboxView> items, int page, int size, long total) {
}
