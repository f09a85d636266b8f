package vn.nq57.plan.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;

/** The parked events of the outbox: list them, and put one back in the queue after its cause is fixed. */
@ApplicationScoped
public class ParkedEvents {

    private static final String COLUMNS = "id, topic, message_key, event_type, attempts, last_error, created_at, parked_at";

    @Inject
    Pool pool;

    @Inject
    OutboxRelay relay;

    public Uni<Page<ParkedEvent>> list(Paging paging) {
        return pool.query("SELECT count(*) FROM outbox WHERE parked_at IS NOT NULL").execute()
                .flatMap(count -> pool.preparedQuery("SELECT " + COLUMNS + " FROM outbox WHERE parked_at IS NOT NULL "
                                + "ORDER BY parked_at, seq LIMIT $1 OFFSET $2")
                        .execute(Tuple.of(paging.size(), (long) paging.page() * paging.size()))
                        .map(rows -> {
                            List<ParkedEvent> items = new ArrayList<>();
                            rows.forEach(row -> items.add(view(row)));
                            return new Page<>(items, paging.page(), paging.size(),
                                    count.iterator().next().getLong(0));
                        }));
    }

    /** Unparks the event with a fresh attempt count; the relay publishes it at once. */
    public Uni<ParkedEvent> retry(UUID id) {
        return pool.preparedQuery("UPDATE outbox SET parked_at = NULL, attempts = 0, next_attempt_at = now() "
                        + "WHERE id = $1 AND parked_at IS NOT NULL AND published_at IS NULL RETURNING " + COLUMNS)
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Parked event " + id);
                    }
                    relay.wake();
                    return view(rows.iterator().next());
                });
    }

    private static ParkedEvent view(Row row) {
        return new ParkedEvent(row.getUUID("id"), row.getString("topic"), row.getString("message_key"),
                row.getString("event_type"), row.getInteger("attempts"), row.getString("last_error"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("parked_at"));
    }
}
