package vn.nq57.notification.inbox;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.notification.support.PageView;

/** A user's own inbox: every query is bound to the token subject. */
@ApplicationScoped
public class InboxService {

    private final Clock clock;

    InboxService(Clock clock) {
        this.clock = clock;
    }

    public Uni<PageView<InboxView>> list(String recipient, boolean unreadOnly, int page, int size) {
        var query = unreadOnly
                ? InboxItem.<InboxItem>find("recipient = ?1 and readAt is null", Sort.descending("createdAt").and("id"), recipient)
                : InboxItem.<InboxItem>find("recipient", Sort.descending("createdAt").and("id"), recipient);
        return query.count().chain(total -> query.page(Page.of(page, size)).list()
                .map(list -> new PageView<>(list.stream().map(InboxView::of).toList(), page, size, total)));
    }

    public Uni<Long> unread(String recipient) {
        return InboxItem.count("recipient = ?1 and readAt is null", recipient);
    }

    public Uni<InboxView> markRead(String recipient, UUID id) {
        return InboxItem.<InboxItem>findById(id).map(item -> {
            if (item == null || !item.recipient.equals(recipient)) {
                throw ProblemException.notFound("notification " + id);
            }
            if (item.readAt == null) {
                item.readAt = clock.instant();
            }
            return InboxView.of(item);
        });
    }

    public Uni<Integer> markAllRead(String recipient) {
        return InboxItem.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.instant(), recipient);
    }
}
