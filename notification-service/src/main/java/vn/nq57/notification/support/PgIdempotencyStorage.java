package vn.nq57.notification.support;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.support.idempotency.IdempotencyStorage;

/**
 * Idempotency-Keys in the service's {@code idempotency_record} table, unique per caller and key: the
 * INSERT is the claim, each statement commits alone. A key in flight has {@code status} 0; an owner
 * that never recorded its answer (its instance died) frees the key for the same request after
 * {@code nq57.idempotency.lease-seconds}; keys are forgotten after {@code nq57.idempotency.retention-hours}.
 */
@ApplicationScoped
public class PgIdempotencyStorage implements IdempotencyStorage {

    private static final String CLAIM = """
            insert into idempotency_record (caller, idem_key, request, status, body, created_at)
            values ($1, $2, $3, 0, null, $4)
            on conflict (caller, idem_key) do update set created_at = excluded.created_at
             where idempotency_record.status = 0 and idempotency_record.request = excluded.request
               and idempotency_record.created_at < $5
            returning idem_key""";

    private final Pool pool;
    private final Clock clock;
    private final int leaseSeconds;
    private final int retentionHours;

    PgIdempotencyStorage(Pool pool, Clock clock,
            @ConfigProperty(name = "nq57.idempotency.lease-seconds", defaultValue = "600") int leaseSeconds,
            @ConfigProperty(name = "nq57.idempotency.retention-hours", defaultValue = "48") int retentionHours) {
        this.pool = pool;
        this.clock = clock;
        this.leaseSeconds = leaseSeconds;
        this.retentionHours = retentionHours;
    }

    @Override
    public Uni<Boolean> claim(String subject, String key, String request) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(subject, key, request, now, now.minusSeconds(leaseSeconds)))
                .map(rows -> rows.size() == 1);
    }

    @Override
    public Uni<StoredKey> find(String subject, String key) {
        return pool.preparedQuery("select request, status, body, location, etag from idempotency_record"
                        + " where caller = $1 and idem_key = $2")
                .execute(Tuple.of(subject, key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    int status = row.getInteger("status");
                    StoredAnswer answer = status == 0 ? null
                            : new StoredAnswer(status, row.getString("body"), row.getString("location"), row.getString("etag"));
                    return new StoredKey(row.getString("request"), answer);
                });
    }

    @Override
    public Uni<Void> complete(String subject, String key, StoredAnswer answer) {
        return pool.preparedQuery("update idempotency_record set status = $3, body = $4, location = $5, etag = $6"
                        + " where caller = $1 and idem_key = $2")
                .execute(Tuple.of(subject, key, answer.status()).addString(answer.body())
                        .addString(answer.location()).addString(answer.etag()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String subject, String key) {
        return pool.preparedQuery("delete from idempotency_record where caller = $1 and idem_key = $2 and status = 0")
                .execute(Tuple.of(subject, key)).replaceWithVoid();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        OffsetDateTime cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusHours(retentionHours);
        return pool.preparedQuery("delete from idempotency_record where created_at < $1")
                .execute(Tuple.of(cutoff)).replaceWithVoid();
    }
}
