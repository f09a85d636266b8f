package vn.nq57.plan.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.TraceContext;

/**
 * Publishes outbox rows to Kafka, each event on its own. It wakes when a transaction that wrote
 * outbox rows commits (PostgreSQL NOTIFY from a trigger on {@code outbox}) and on a fallback timer,
 * then drains: claims a bounded batch of due events through the {@code outbox_due} index (a lease
 * moves their {@code next_attempt_at}, {@code FOR UPDATE SKIP LOCKED} keeps replicas apart), sends
 * the whole batch, waits for all acknowledgements, and marks exactly the acknowledged ones published.
 * A failed event gets attempts+1, its error and an exponential backoff; after {@code max-attempts}
 * it is parked for an operator and stops counting as pending. Only the oldest pending event of a key
 * is ever claimed, so a later event of an aggregate never overtakes a failing earlier one; other
 * keys go on. Delivery is at least once: consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "plan_outbox";
    private static final int MAX_ERROR_LENGTH = 500;

    /**
     * Due events in {@code seq} order through {@code outbox_due}; each must be the oldest pending event
     * of its key (a per-row lookup in {@code outbox_pending_key}, cheap whatever the table statistics say).
     */
    private static final String CLAIM = """
            UPDATE outbox SET next_attempt_at = now() + make_interval(secs => $2)
             WHERE id IN (SELECT o.id FROM outbox o
                           WHERE o.published_at IS NULL AND o.parked_at IS NULL AND o.next_attempt_at <= now()
                             AND o.seq = (SELECT min(e.seq) FROM outbox e
                                           WHERE e.topic = o.topic AND e.message_key = o.message_key
                                             AND e.published_at IS NULL AND e.parked_at IS NULL)
                           ORDER BY o.seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, seq, topic, message_key, payload, attempts, traceparent, tracestate""";

    private static final String FAILED = """
            UPDATE outbox SET attempts = attempts + 1, last_error = $2,
                   next_attempt_at = now() + make_interval(secs => least($3::float8 * power(2, attempts), $4::float8)),
                   parked_at = CASE WHEN attempts + 1 >= $5 THEN now() END
             WHERE id = $1""";

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    KafkaPublisher publisher;

    @ConfigProperty(name = "nq57.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "nq57.outbox.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @ConfigProperty(name = "nq57.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "nq57.outbox.backoff-base", defaultValue = "1s")
    Duration backoffBase;

    @ConfigProperty(name = "nq57.outbox.backoff-max", defaultValue = "5m")
    Duration backoffMax;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String databaseUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String databaseUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String databasePassword;

    private final Counter published;
    private final Counter parked;
    private final Counter commitWakeups;
    private final Counter timerWakeups;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private PgSubscriber subscriber;

    @Inject
    OutboxRelay(MeterRegistry registry) {
        this.published = Counter.builder("nq57_plan_events_published_total")
                .description("Events the outbox relay published to Kafka").register(registry);
        this.parked = Counter.builder("nq57_plan_outbox_parked_total")
                .description("Events parked after failing max-attempts times").register(registry);
        this.commitWakeups = Counter.builder("nq57_plan_outbox_wakeups_total").tag("cause", "commit")
                .description("Times the relay woke up").register(registry);
        this.timerWakeups = Counter.builder("nq57_plan_outbox_wakeups_total").tag("cause", "timer")
                .description("Times the relay woke up").register(registry);
        registry.gauge("nq57_plan_outbox_pending", pending);
    }

    record Pending(UUID id, String topic, String key, String payload, int attempts, TraceContext trace) {
    }

    /** What one batch did. */
    public record Round(int claimed, int published, int failed) {
    }

    void listen(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(databaseUrl).setUser(databaseUser)
                .setPassword(databasePassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> {
            commitWakeups.increment();
            wake();
        });
        subscriber.connect().subscribe().with(ignored -> wake(),
                error -> LOG.warnf("Outbox relay cannot listen for commits (the timer goes on): %s", error.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ignored -> { }, error -> { });
        }
    }

    @Scheduled(every = "${nq57.outbox.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        timerWakeups.increment();
        wake();
        pool.query("SELECT count(*) FROM outbox WHERE published_at IS NULL AND parked_at IS NULL").execute()
                .subscribe().with(rows -> pending.set(rows.iterator().next().getLong(0)),
                        error -> LOG.debugf("Cannot count pending events: %s", error.getMessage()));
    }

    /** Starts a drain unless one runs; a drain that runs goes round once more. Never blocks. */
    public void wake() {
        wakeRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            wakeRequested.set(false);
            drain().subscribe().with(rounds -> finished(), error -> {
                LOG.warnf("Outbox relay round failed: %s", error.getMessage());
                finished();
            });
        }
    }

    private void finished() {
        draining.set(false);
        if (wakeRequested.get()) {
            wake();
        }
    }

    /** Publishes batches until nothing is due; answers the number of rounds. */
    Uni<Integer> drain() {
        return publishBatch().flatMap(round -> round.claimed() == 0
                ? Uni.createFrom().item(0)
                : drain().map(rounds -> rounds + 1));
    }

    /** Claims one batch of due events, publishes it and records each event's outcome. */
    public Uni<Round> publishBatch() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(batchSize, leaseSeconds))
                .map(rows -> {
                    List<Pending> batch = new ArrayList<>();
                    for (Row row : rows) {
                        batch.add(new Pending(row.getUUID("id"), row.getString("topic"), row.getString("message_key"),
                                row.getString("payload"), row.getInteger("attempts"),
                                TraceContext.of(row.getString("traceparent"), row.getString("tracestate"))));
                    }
                    return batch;
                })
                .flatMap(batch -> batch.isEmpty() ? Uni.createFrom().item(new Round(0, 0, 0)) : publish(batch));
    }

    private Uni<Round> publish(List<Pending> batch) {
        return publisher.sendAll(batch.stream()
                        .map(p -> new KafkaPublisher.Message(p.topic(), p.key(), p.payload(), p.trace())).toList())
                .flatMap(errors -> {
                    List<UUID> acknowledged = new ArrayList<>();
                    List<Tuple> failed = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        Pending p = batch.get(i);
                        if (errors.get(i) == null) {
                            acknowledged.add(p.id());
                        } else {
                            failed.add(failure(p, errors.get(i)));
                        }
                    }
                    return markPublished(acknowledged).flatMap(ignored -> markFailed(failed))
                            .map(ignored -> new Round(batch.size(), acknowledged.size(), failed.size()));
                });
    }

    private Uni<Void> markPublished(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("UPDATE outbox SET published_at = now(), last_error = NULL WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .invoke(() -> published.increment(ids.size()))
                .replaceWithVoid();
    }

    private Uni<Void> markFailed(List<Tuple> failures) {
        if (failures.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(FAILED).executeBatch(failures).flatMap(ignored -> countParked(failures));
    }

    private Uni<Void> countParked(List<Tuple> failures) {
        UUID[] ids = failures.stream().map(f -> f.getUUID(0)).toArray(UUID[]::new);
        return pool.preparedQuery("SELECT id, topic, message_key, attempts, last_error FROM outbox "
                        + "WHERE id = ANY($1) AND parked_at IS NOT NULL").execute(Tuple.of(ids))
                .invoke(rows -> rows.forEach(row -> {
                    parked.increment();
                    LOG.errorf("Outbox event %s (%s, key %s) parked after %d attempts: %s", row.getUUID("id"),
                            row.getString("topic"), row.getString("message_key"), row.getInteger("attempts"),
                            row.getString("last_error"));
                }))
                .replaceWithVoid();
    }

    private Tuple failure(Pending p, Throwable error) {
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (p.attempts() + 1 < maxAttempts) {
            LOG.debugf("Outbox event %s failed (attempt %d): %s", p.id(), p.attempts() + 1, message);
        }
        return Tuple.of(p.id(), message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message,
                backoffBase.toMillis() / 1000.0, backoffMax.toMillis() / 1000.0, maxAttempts);
    }
}
