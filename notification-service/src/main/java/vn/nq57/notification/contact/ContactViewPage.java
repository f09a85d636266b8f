package vn.nq57.notification.contact;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a {@code Page<ContactView>}: an annotation cannot name a generic type. Documentation only. */
@Schema(name = "ContactViewPage", description = "One page of contacts")
record ContactViewPage(List<ContactView> items, int page, int size, long total) {
}
