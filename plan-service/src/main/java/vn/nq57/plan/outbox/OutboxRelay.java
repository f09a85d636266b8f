package vn.nq57.plan.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka. A batch is first claimed with a short lease
 * ({@code FOR UPDATE SKIP LOCKED}), so two instances never publish the same rows at once and a
 * crashed instance's claim expires; a row is marked sent only after the broker acknowledged it.
 * Delivery is at least once: consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String CLAIM = """
            UPDATE outbox SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
             WHERE id IN (SELECT id FROM outbox
                           WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                           ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, seq, topic, message_key, payload""";

    @Inject
    Pool pool;

    @Inject
    KafkaPublisher publisher;

    @ConfigProperty(name = "nq57.outbox.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "nq57.outbox.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    private final Counter published;

    @Inject
    OutboxRelay(MeterRegistry registry) {
        this.published = Counter.builder("nq57_plan_events_published_total")
                .description("Events the outbox relay published to Kafka").register(registry);
    }

    record Pending(UUID id, long seq, String topic, String key, String payload) {
    }

    @Scheduled(every = "${nq57.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return publishPending().onFailure().invoke(e -> LOG.warnf("Outbox relay round failed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Publishes one batch; answers how many rows were sent. */
    public Uni<Integer> publishPending() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(batchSize, leaseSeconds))
                .map(rows -> {
                    List<Pending> batch = new ArrayList<>();
                    for (Row row : rows) {
                        batch.add(new Pending(row.getUUID("id"), row.getLong("seq"), row.getString("topic"),
                                row.getString("message_key"), row.getString("payload")));
                    }
                    batch.sort(Comparator.comparingLong(Pending::seq));
                    return batch;
                })
                .flatMap(batch -> Multi.createFrom().iterable(batch)
                        .onItem().transformToUniAndConcatenate(this::publish)
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<UUID> publish(Pending pending) {
        return publisher.send(pending.topic(), pending.key(), pending.payload())
                .flatMap(ack -> pool.preparedQuery(
                                "UPDATE outbox SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1")
                        .execute(Tuple.of(pending.id())))
                .invoke(() -> published.increment())
                .replaceWith(pending.id())
                .onFailure().call(error -> pool.preparedQuery(
                                "UPDATE outbox SET claimed_until = NULL, last_error = $2 WHERE id = $1")
                        .execute(Tuple.of(pending.id(), String.valueOf(error.getMessage()))));
    }
}
