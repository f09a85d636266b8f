package vn.nq57.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nq57.notification.endpoint.Webhook;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/** A registered webhook; {@code secret} is answered only once, when it is created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String provinceCode, String url, String description, Set<NoticeKind> kinds,
        boolean active, String createdBy, OffsetDateTime createdAt, String secret) {

    public static WebhookView of(Webhook w, boolean withSecret) {
        Set<NoticeKind> kinds = Arrays.stream(w.kinds.split(",")).filter(s -> !s.isBlank()).map(NoticeKind::valueOf)
                .collect(Collectors.toSet());
        return new WebhookView(w.id, w.provinceCode, w.url, w.description, kinds, w.active, w.createdBy,
                Times.local(w.createdAt), withSecret ? w.secret : null);
    }
}
