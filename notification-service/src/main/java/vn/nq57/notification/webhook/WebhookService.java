package vn.nq57.notification.webhook;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.notification.endpoint.Webhook;
import vn.nq57.notification.endpoint.WebhookRepository;
import vn.nq57.notification.endpoint.WebhookTargets;
import vn.nq57.notification.notice.Delivery;
import vn.nq57.notification.notice.DeliveryRepository;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

/** Registers webhooks of a province and exposes their delivery log; city admins only. */
@ApplicationScoped
public class WebhookService {

    private final SecureRandom random = new SecureRandom();
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final WebhookTargets targets;

    WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, Clock clock, WebhookTargets targets) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
        this.targets = targets;
    }

    @WithTransaction
    public Uni<WebhookView> register(Caller caller, WebhookRequest request) {
        String province = provinceOf(caller);
        try {
            targets.check(request.url().strip());
        } catch (WebhookTargets.Refused refused) {
            throw ProblemException.invalid("url", refused.getMessage());
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.provinceCode = province;
        w.url = request.url().strip();
        w.description = request.description() == null ? null : VietnameseText.nfc(request.description().strip());
        w.secret = "whsec_" + HexFormat.of().formatHex(secret);
        w.kinds = request.kinds() == null ? "" : request.kinds().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        w.active = true;
        w.createdBy = caller.subject();
        w.createdAt = clock.instant();
        return webhooks.persist(w).replaceWith(() -> WebhookView.of(w, true));
    }

    @WithSession
    public Uni<Page<WebhookView>> list(Caller caller, Paging paging) {
        var query = webhooks.find("provinceCode", Sort.by("createdAt").and("id"), provinceOf(caller));
        return query.count().chain(total -> query.page(paging.page(), paging.size()).list()
                .map(list -> new Page<>(list.stream().map(w -> WebhookView.of(w, false)).toList(), paging.page(), paging.size(), total)));
    }

    @WithSession
    public Uni<WebhookView> get(Caller caller, UUID id) {
        return load(caller, id).map(w -> WebhookView.of(w, false));
    }

    /** Deactivates a webhook and cancels what is queued for it; a delivery being sent finishes. */
    @WithTransaction
    public Uni<Void> deactivate(Caller caller, UUID id) {
        return load(caller, id).invoke(w -> w.active = false)
                .chain(w -> deliveries.update("status = ?1, lastError = ?2 where webhookId = ?3 and status in ?4",
                        Delivery.Status.CANCELLED, "webhook deactivated", id,
                        List.of(Delivery.Status.PENDING, Delivery.Status.RETRYING)))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Page<DeliveryView>> deliveries(Caller caller, UUID id, Delivery.Status status, Paging paging) {
        return load(caller, id).chain(w -> {
            var query = status == null
                    ? deliveries.find("webhookId", Sort.by("createdAt").and("id"), id)
                    : deliveries.find("webhookId = ?1 and status = ?2", Sort.by("createdAt").and("id"), id, status);
            return query.count().chain(total -> query.page(paging.page(), paging.size()).list()
                    .map(list -> new Page<>(list.stream().map(DeliveryView::of).toList(), paging.page(), paging.size(), total)));
        });
    }

    /** Queues a delivery again from its first try; refused while it is being sent. */
    @WithTransaction
    public Uni<Void> resend(Caller caller, UUID id, UUID deliveryId) {
        return load(caller, id).invoke(w -> {
            if (!w.active) {
                throw new ProblemException(ProblemKind.INVALID_STATE, "webhook " + id + " is deactivated");
            }
        }).chain(w -> deliveries.findById(deliveryId)).invoke(d -> {
            if (d == null || !id.equals(d.webhookId)) {
                throw ProblemException.notFound("delivery " + deliveryId);
            }
            if (d.status == Delivery.Status.SENDING) {
                throw new ProblemException(ProblemKind.INVALID_STATE, "delivery " + deliveryId + " is being sent");
            }
            d.status = Delivery.Status.PENDING;
            d.attempts = 0;
            d.nextAttemptAt = clock.instant();
            d.lastError = null;
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<DeliveryView> delivery(UUID deliveryId) {
        return deliveries.findById(deliveryId).map(DeliveryView::of);
    }

    private Uni<Webhook> load(Caller caller, UUID id) {
        String province = provinceOf(caller);
        return webhooks.findById(id).map(w -> {
            if (w == null || !w.provinceCode.equals(province)) {
                throw ProblemException.notFound("webhook " + id);
            }
            return w;
        });
    }

    private static String provinceOf(Caller caller) {
        if (caller.provinceCode() == null) {
            throw ProblemException.forbidden("webhooks belong to a province; the token has no province_code");
        }
        return caller.provinceCode();
    }
}
