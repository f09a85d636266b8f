package vn.nq57.notification.user;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.nq57.contracts.security.Caller;

/**
 * The users this service has seen (they open their inbox after signing in), with the unit or province
 * their token named. The platform has no user directory of its own here, so a contact may name
 * only a user who has signed in at least once within the contact's scope.
 */
@ApplicationScoped
public class KnownUsers {

    private final Clock clock;

    KnownUsers(Clock clock) {
        this.clock = clock;
    }

    /** Records the caller's scope; writes only when it is new or changed. */
    public Uni<Void> seen(Caller caller) {
        if (caller.subject() == null || caller.subject().length() > 200) {
            return Uni.createFrom().voidItem();
        }
        String unit = caller.isCity() || caller.isIntegration() ? null : caller.unitCode();
        String province = caller.isCity() || caller.isIntegration() ? caller.provinceCode() : null;
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into known_user (subject, unit_code, province_code, seen_at) values (?1, ?2, ?3, ?4)
                on conflict (subject) do update set unit_code = excluded.unit_code,
                    province_code = excluded.province_code, seen_at = excluded.seen_at
                where known_user.unit_code is distinct from excluded.unit_code
                   or known_user.province_code is distinct from excluded.province_code""")
                .setParameter(1, caller.subject())
                .setParameter(2, unit)
                .setParameter(3, province)
                .setParameter(4, clock.instant())
                .executeUpdate()).replaceWithVoid();
    }

    /** Whether the user last signed in as an officer of this unit. */
    public Uni<Boolean> isOfficerOf(String subject, String unitCode) {
        return count("unit_code", subject, unitCode);
    }

    /** Whether the user last signed in as city staff or admin of this province. */
    public Uni<Boolean> isStaffOf(String subject, String provinceCode) {
        return count("province_code", subject, provinceCode);
    }

    private Uni<Boolean> count(String column, String subject, String scope) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from known_user where subject = ?1 and " + column + " = ?2",
                        Long.class)
                .setParameter(1, subject)
                .setParameter(2, scope)
                .getSingleResult())
                .map(n -> n > 0);
    }
}
