package vn.nq57.notification.schedule;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reactive repository of {@link ScheduledNotice}. */
@ApplicationScoped
public class ScheduledNoticeRepository implements PanacheRepositoryBase<ScheduledNotice, UUID> {
}
