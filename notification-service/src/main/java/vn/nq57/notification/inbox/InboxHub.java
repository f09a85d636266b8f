package vn.nq57.notification.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/**
 * Fans new inbox items out to the live streams (SSE) of their recipients, whichever replica recorded
 * them: a trigger on {@code inbox_item} sends {@code NOTIFY nq57_inbox '<id> <recipient>'} when the
 * inserting transaction commits, every replica LISTENs, and a replica that holds an open stream of
 * that recipient reads the item and pushes it. Nothing is held in memory but the open streams.
 */
@ApplicationScoped
public class InboxHub {

    static final String CHANNEL = "nq57_inbox";
    private static final Logger LOG = Logger.getLogger(InboxHub.class);

    private record Addressed(String recipient, InboxView view) {
    }

    private final BroadcastProcessor<Addressed> processor = BroadcastProcessor.create();
    private final Map<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();
    private final Pool pool;
    private final Vertx vertx;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;

    InboxHub(Pool pool, Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.pool = pool;
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void listen(@Observes StartupEvent start) {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(this::notified);
        subscriber.connect().subscribe().with(ignored -> LOG.debug("Listening for new inbox items"),
                error -> LOG.warnf("Cannot listen for new inbox items (reconnecting): %s", error.getMessage()));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ignored -> { }, error -> { });
        }
    }

    /** The items arriving from now on for one user only. */
    public Multi<InboxView> stream(String recipient) {
        return processor.toHotStream()
                .onSubscription().invoke(() -> openStreams.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet())
                .onTermination().invoke(() -> openStreams.computeIfPresent(recipient,
                        (r, count) -> count.decrementAndGet() <= 0 ? null : count))
                .select().where(addressed -> addressed.recipient().equals(recipient))
                .map(Addressed::view);
    }

    private void notified(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0) {
            return;
        }
        String recipient = payload.substring(space + 1);
        if (!openStreams.containsKey(recipient)) {
            return;
        }
        UUID id = UUID.fromString(payload.substring(0, space));
        pool.preparedQuery("select id, kind, title, body, round_id, unit_code, created_at, read_at from inbox_item where id = $1")
                .execute(Tuple.of(id))
                .subscribe().with(rows -> {
                    for (Row row : rows) {
                        publish(recipient, view(row));
                    }
                }, error -> LOG.warnf("Cannot read new inbox item %s: %s", id, error.getMessage()));
    }

    private synchronized void publish(String recipient, InboxView view) {
        processor.onNext(new Addressed(recipient, view));
    }

    private static InboxView view(Row row) {
        OffsetDateTime created = row.getOffsetDateTime("created_at");
        OffsetDateTime read = row.getOffsetDateTime("read_at");
        return new InboxView(row.getUUID("id"), NoticeKind.valueOf(row.getString("kind")), row.getString("title"),
                row.getString("body"), row.getUUID("round_id"), row.getString("unit_code"),
                Times.local(created == null ? null : created.toInstant()),
                Times.local(read == null ? null : read.toInstant()), read != null);
    }
}
