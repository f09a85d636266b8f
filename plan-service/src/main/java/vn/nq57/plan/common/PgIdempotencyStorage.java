package vn.nq57.plan.common;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.support.idempotency.IdempotencyStorage;

/**
 * Idempotency-Keys in the {@code idempotency_key} table, unique per caller and key: the INSERT is
 * the claim. Answers are kept {@code nq57.idempotency.retention-hours}; an owner that never recorded
 * its answer frees the key after {@code nq57.idempotency.lease-seconds}.
 */
@ApplicationScoped
public class PgIdempotencyStorage implements IdempotencyStorage {

    /**
     * Owns the key when it is new, or when an earlier owner started the same request longer ago than
     * the lease (it crashed before recording its answer); answers a row only then.
     */
    private static final String CLAIM = """
            INSERT INTO idempotency_key (subject, key, request) VALUES ($1, $2, $3)
            ON CONFLICT (subject, key) DO UPDATE SET started_at = now(), created_at = now()
             WHERE idempotency_key.status IS NULL AND idempotency_key.request = EXCLUDED.request
               AND idempotency_key.started_at < now() - make_interval(secs => $4)
            RETURNING key""";

    @Inject
    Pool pool;

    @ConfigProperty(name = "nq57.idempotency.retention-hours", defaultValue = "48")
    int retentionHours;

    @ConfigProperty(name = "nq57.idempotency.lease-seconds", defaultValue = "600")
    int leaseSeconds;

    @Override
    public Uni<Boolean> claim(String subject, String key, String request) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(subject, key, request, leaseSeconds))
                .map(rows -> rows.size() > 0);
    }

    @Override
    public Uni<StoredKey> find(String subject, String key) {
        return pool.preparedQuery("SELECT request, status, body, location, etag FROM idempotency_key "
                        + "WHERE subject = $1 AND key = $2").execute(Tuple.of(subject, key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    StoredAnswer answer = row.getInteger("status") == null ? null
                            : new StoredAnswer(row.getInteger("status"), row.getString("body"),
                                    row.getString("location"), row.getString("etag"));
                    return new StoredKey(row.getString("request"), answer);
                });
    }

    @Override
    public Uni<Void> complete(String subject, String key, StoredAnswer answer) {
        return pool.preparedQuery("UPDATE idempotency_key SET status = $3, body = $4, location = $5, etag = $6 "
                        + "WHERE subject = $1 AND key = $2")
                .execute(Tuple.of(subject, key, answer.status()).addString(answer.body())
                        .addString(answer.location()).addString(answer.etag()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String subject, String key) {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE subject = $1 AND key = $2 AND status IS NULL")
                .execute(Tuple.of(subject, key)).replaceWithVoid();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)")
                .execute(Tuple.of(retentionHours)).replaceWithVoid();
    }
}
