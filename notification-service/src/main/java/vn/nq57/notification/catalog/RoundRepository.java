package vn.nq57.notification.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reactive repository of {@link RoundEntity}. */
@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<RoundEntity, UUID> {
}
