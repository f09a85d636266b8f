package vn.nq57.notification.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reactive repository of {@link UnitEntity}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {
}
