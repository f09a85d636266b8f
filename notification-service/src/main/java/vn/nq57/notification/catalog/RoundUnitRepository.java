package vn.nq57.notification.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reactive repository of {@link RoundUnit}. */
@ApplicationScoped
public class RoundUnitRepository implements PanacheRepositoryBase<RoundUnit, RoundUnit.Key> {

    /**
     * Takes the round's transaction-scoped advisory lock: events about one round apply one after
     * the other on every replica, whichever topic they come from; the lock goes with the commit.
     * Run as an update: Hibernate never finds a native select with a result type in its query-plan
     * cache (the keys' result mappings are never equal), so each one added an entry to one colliding
     * bucket, and lookups there took a tenth of this service's CPU on deadline day.
     */
    public Uni<Void> lockRound(UUID roundId) {
        long key = roundId.getMostSignificantBits() ^ roundId.getLeastSignificantBits();
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .executeUpdate())
                .replaceWithVoid();
    }
}
