package vn.nq57.notification.inbox;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.notification.user.KnownUsers;

/**
 * A user's own inbox: every query is bound to the token subject. Reading the inbox also records
 * the user as known in their scope (a contact may name them from then on).
 */
@ApplicationScoped
public class InboxService {

    private final InboxRepository items;
    private final KnownUsers users;
    private final Clock clock;

    InboxService(InboxRepository items, KnownUsers users, Clock clock) {
        this.items = items;
        this.users = users;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Page<InboxView>> list(Caller caller, boolean unreadOnly, Paging paging) {
        String recipient = caller.subject();
        var query = unreadOnly
                ? items.find("recipient = ?1 and readAt is null", Sort.descending("createdAt").and("id"), recipient)
                : items.find("recipient", Sort.descending("createdAt").and("id"), recipient);
        return users.seen(caller).chain(() -> query.count()).chain(total -> query.page(paging.page(), paging.size()).list()
                .map(list -> new Page<>(list.stream().map(InboxView::of).toList(), paging.page(), paging.size(), total)));
    }

    @WithTransaction
    public Uni<Long> unread(Caller caller) {
        return users.seen(caller).chain(() -> items.count("recipient = ?1 and readAt is null", caller.subject()));
    }

    @WithTransaction
    public Uni<InboxView> markRead(String recipient, UUID id) {
        return items.findById(id).map(item -> {
            if (item == null || !item.recipient.equals(recipient)) {
                throw ProblemException.notFound("notification " + id);
            }
            if (item.readAt == null) {
                item.readAt = clock.instant();
            }
            return InboxView.of(item);
        });
    }

    @WithTransaction
    public Uni<Integer> markAllRead(String recipient) {
        return items.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.instant(), recipient);
    }
}
