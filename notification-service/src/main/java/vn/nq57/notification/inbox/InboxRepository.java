package vn.nq57.notification.inbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reactive repository of {@link InboxItem}. */
@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<InboxItem, UUID> {
}
