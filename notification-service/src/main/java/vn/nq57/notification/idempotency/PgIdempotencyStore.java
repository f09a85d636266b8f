package vn.nq57.notification.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@link IdempotencyStore} in the service's PostgreSQL table {@code idempotency_record}; each statement commits alone. */
@ApplicationScoped
public class PgIdempotencyStore implements IdempotencyStore {

    private static final String CLAIM = """
            insert into idempotency_record (caller, idem_key, request, status, body, created_at)
            values ($1, $2, $5, 0, null, $3)
            on conflict (caller, idem_key) do update set created_at = excluded.created_at, request = excluded.request
             where idempotency_record.status = 0 and idempotency_record.created_at < $4
            returning idem_key""";

    private final Pool pool;
    private final Clock clock;

    PgIdempotencyStore(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public Uni<Boolean> claim(String caller, String key, String request, Duration abandonedAfter) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return pool.preparedQuery(CLAIM).execute(Tuple.of(caller, key, now, now.minus(abandonedAfter), request))
                .map(rows -> rows.size() == 1);
    }

    @Override
    public Uni<Optional<Answer>> find(String caller, String key) {
        return pool.preparedQuery("select request, status, body, location, etag from idempotency_record where caller = $1 and idem_key = $2")
                .execute(Tuple.of(caller, key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Answer(row.getString("request"), row.getInteger("status"), row.getString("body"),
                            row.getString("location"), row.getString("etag")));
                });
    }

    @Override
    public Uni<Void> remember(String caller, String key, Answer answer) {
        return pool.preparedQuery("update idempotency_record set status = $3, body = $4, location = $5, etag = $6"
                        + " where caller = $1 and idem_key = $2")
                .execute(Tuple.of(caller, key, answer.status()).addString(answer.body())
                        .addString(answer.location()).addString(answer.etag()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> release(String caller, String key) {
        return pool.preparedQuery("delete from idempotency_record where caller = $1 and idem_key = $2 and status = 0")
                .execute(Tuple.of(caller, key)).replaceWithVoid();
    }
}
