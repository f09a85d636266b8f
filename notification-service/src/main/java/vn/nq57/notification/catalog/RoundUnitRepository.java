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
     */
    public Uni<Void> lockRound(UUID roundId) {
        long key = roundId.getMostSignificantBits() ^ roundId.getLeastSignificantBits();
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) locked", Long.class)
                .setParameter(1, key)
                .getSingleResult())
                .replaceWithVoid();
    }
}
