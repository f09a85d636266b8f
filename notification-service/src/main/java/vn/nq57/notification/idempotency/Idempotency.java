package vn.nq57.notification.idempotency;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.validation.TextRules;
import vn.nq57.notification.support.Db;

/**
 * Runs a creating POST at most once per (caller, Idempotency-Key). Insert-first: the key is claimed
 * by inserting its record (status 0, in flight) in its own transaction before the work runs, so of
 * two concurrent requests with one key only one does the work; the other gets 409 while it runs and
 * the stored answer after. A failed work releases the key, so the client may retry; so does a claim
 * left behind by an instance that died mid-request, after five minutes.
 */
@ApplicationScoped
public class Idempotency {

    private static final int IN_FLIGHT = 0;
    /** An in-flight claim this old belongs to a request that died with its instance; it is released. */
    private static final Duration ABANDONED = Duration.ofMinutes(5);

    private final Clock clock;

    Idempotency(Clock clock) {
        this.clock = clock;
    }

    public Response once(String caller, String key, int status, Supplier<Uni<?>> work) {
        if (key == null) {
            return answer(status, Db.tx(() -> work.get().map(EventCodec::toJson)));
        }
        if (key.isBlank() || key.length() > 200 || !TextRules.isPlain(key)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 plain characters");
        }
        if (!Db.tx(() -> releaseAbandoned(caller, key).chain(() -> claim(caller, key)))) {
            IdempotencyRecord found = Db.tx(() -> IdempotencyRecord.findById(new IdempotencyRecord.Key(caller, key)));
            if (found == null || found.status == IN_FLIGHT) {
                throw new ProblemException(ProblemKind.CONFLICT,
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            return answer(found.status, found.body);
        }
        try {
            String body = Db.tx(() -> work.get().map(EventCodec::toJson)
                    .call(json -> IdempotencyRecord.update("status = ?1, body = ?2 where caller = ?3 and idemKey = ?4",
                            status, json, caller, key)));
            return answer(status, body);
        } catch (RuntimeException failed) {
            Db.tx(() -> IdempotencyRecord.delete("caller = ?1 and idemKey = ?2 and status = ?3", caller, key, IN_FLIGHT));
            throw failed;
        }
    }

    private Uni<Long> releaseAbandoned(String caller, String key) {
        return IdempotencyRecord.delete("caller = ?1 and idemKey = ?2 and status = ?3 and createdAt < ?4",
                caller, key, IN_FLIGHT, clock.instant().minus(ABANDONED));
    }

    /** Inserts the in-flight record; false when the key is already taken. */
    private Uni<Boolean> claim(String caller, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into idempotency_record (caller, idem_key, status, body, created_at)
                values (?1, ?2, ?3, '', ?4) on conflict do nothing""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, IN_FLIGHT)
                .setParameter(4, clock.instant())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static Response answer(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
