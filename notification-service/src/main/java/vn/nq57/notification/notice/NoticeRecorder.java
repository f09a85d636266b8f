package vn.nq57.notification.notice;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.notification.contact.Contact;
import vn.nq57.notification.contact.ContactChannel;
import vn.nq57.notification.contact.ContactRepository;
import vn.nq57.notification.contact.ContactScope;
import vn.nq57.notification.endpoint.Webhook;
import vn.nq57.notification.endpoint.WebhookRepository;
import vn.nq57.notification.inbox.InboxItem;
import vn.nq57.notification.inbox.InboxRepository;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/**
 * Decides a notice once: stores the notification under its deduplication key, fills the inbox of
 * every recipient user and queues one delivery per email address and webhook. A key seen before
 * records nothing, so redelivered events and restarts never notify twice. Runs in the caller's
 * transaction; the unique key stops a second replica deciding the same notice (its transaction
 * fails and is retried, then finds the key). Open inbox streams learn of new items from PostgreSQL
 * (a trigger on {@code inbox_item} notifies at commit), on whichever replica they are.
 */
@ApplicationScoped
public class NoticeRecorder {

    private final NoticeRenderer renderer;
    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final ContactRepository contacts;
    private final WebhookRepository webhooks;
    private final InboxRepository inbox;
    private final Clock clock;

    NoticeRecorder(NoticeRenderer renderer, NotificationRepository notifications, DeliveryRepository deliveries,
            ContactRepository contacts, WebhookRepository webhooks, InboxRepository inbox, Clock clock) {
        this.renderer = renderer;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Whether the notice was recorded now; false when its key was already used. */
    public Uni<Boolean> record(String dedupKey, NoticeContent content) {
        return notifications.count("dedupKey", dedupKey).chain(count -> count > 0
                ? Uni.createFrom().item(false)
                : create(dedupKey, content).replaceWith(true));
    }

    private Uni<Void> create(String dedupKey, NoticeContent content) {
        Instant now = clock.instant();
        NoticeRenderer.Rendered rendered = renderer.render(content);
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.dedupKey = dedupKey;
        notification.kind = content.kind();
        notification.roundId = content.roundId();
        notification.unitCode = content.unitCode();
        notification.province = content.province();
        notification.title = rendered.subject();
        notification.textBody = rendered.text();
        notification.htmlBody = rendered.html();
        notification.payload = EventCodec.toJson(payload(notification, content, now));
        notification.createdAt = now;
        Uni<List<Contact>> recipients = content.kind() == NoticeKind.ESCALATION
                ? contacts.list("scope = ?1 and provinceCode = ?2", ContactScope.DEPARTMENT, content.province())
                : contacts.list("scope = ?1 and unitCode = ?2", ContactScope.UNIT, content.unitCode());
        return notifications.persist(notification)
                .chain(() -> recipients)
                .chain(found -> webhooks.list("active = true and provinceCode = ?1", content.province())
                        .chain(hooks -> fanOut(notification, found, hooks, now)));
    }

    private Uni<Void> fanOut(Notification notification, List<Contact> contacts, List<Webhook> hooks, Instant now) {
        Map<String, Delivery> queued = new LinkedHashMap<>();
        Map<String, InboxItem> items = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            if (contact.wants(ContactChannel.EMAIL) && contact.email != null) {
                queued.putIfAbsent("EMAIL:" + contact.email, delivery(notification, Delivery.Channel.EMAIL,
                        contact.email, null, Delivery.Status.PENDING, now));
            }
            if (contact.wants(ContactChannel.INBOX) && contact.userId != null
                    && !items.containsKey(contact.userId)) {
                items.put(contact.userId, inboxItem(notification, contact.userId, now));
                queued.put("INBOX:" + contact.userId, delivery(notification, Delivery.Channel.INBOX,
                        contact.userId, null, Delivery.Status.SENT, now));
            }
        }
        for (Webhook hook : hooks) {
            if (hook.accepts(notification.kind)) {
                queued.put("WEBHOOK:" + hook.id, delivery(notification, Delivery.Channel.WEBHOOK,
                        hook.id.toString(), hook.id, Delivery.Status.PENDING, now));
            }
        }
        Uni<Void> saved = queued.isEmpty() ? Uni.createFrom().voidItem() : deliveries.persist(new ArrayList<>(queued.values()));
        return items.isEmpty() ? saved : saved.chain(() -> inbox.persist(new ArrayList<>(items.values())));
    }

    private static Delivery delivery(Notification n, Delivery.Channel channel, String target, UUID webhookId,
            Delivery.Status status, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.notificationId = n.id;
        d.channel = channel;
        d.target = target;
        d.webhookId = webhookId;
        d.status = status;
        d.attempts = status == Delivery.Status.SENT ? 1 : 0;
        d.nextAttemptAt = now;
        d.sentAt = status == Delivery.Status.SENT ? now : null;
        d.createdAt = now;
        return d;
    }

    private static InboxItem inboxItem(Notification n, String recipient, Instant now) {
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.notificationId = n.id;
        item.recipient = recipient;
        item.kind = n.kind;
        item.title = n.title;
        item.body = n.textBody;
        item.roundId = n.roundId;
        item.unitCode = n.unitCode;
        item.createdAt = now;
        return item;
    }

    private static Map<String, Object> payload(Notification n, NoticeContent c, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", n.id);
        body.put("kind", c.kind());
        body.put("label", c.label());
        body.put("title", n.title);
        body.put("roundId", c.roundId());
        body.put("roundTitle", c.roundTitle());
        body.put("requestNumber", c.requestNumber());
        body.put("unitCode", c.unitCode());
        body.put("unitName", c.unitName());
        body.put("province", c.province());
        body.put("dueAt", Times.local(c.deadline()));
        body.put("comment", c.comment());
        body.put("sectionComments", c.sectionComments());
        body.put("lateUnits", c.lateUnits());
        body.put("createdAt", Times.local(now));
        return body;
    }
}
