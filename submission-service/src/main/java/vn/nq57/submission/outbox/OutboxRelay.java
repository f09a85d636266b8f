package vn.nq57.submission.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox events. One worker thread drains: it reads due aggregates in bounded
 * batches, sends the head event of each without waiting for the others' acknowledgements, then
 * settles each aggregate on its own: a published event is pulled, a failed one is retried later with
 * exponential backoff, and after {@code max-attempts} it is parked in {@code outboxParked} while the
 * events behind it go on. Only the head of an aggregate is ever in flight, so one unit's events keep
 * their order. Services {@link #wake(MongoCollection, Object)} the worker after committing a change,
 * naming the aggregate: such a pass reads only the named aggregates, by {@code _id}, so a commit never
 * costs a scan of the collection (the local wire server has no secondary indexes and scanned every
 * report on every commit). A fallback timer and a timed wake at the next backoff read through
 * {@code outboxDueAt} and cover the rest: other replicas' aggregates, a crash before publishing. A
 * crash between send and pull publishes the event again; consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long PENDING_COUNT_CAP = 100_000;

    @Inject
    OutboxStore store;

    @Inject
    OutboxPublisher publisher;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "nq57.outbox.batch-size", defaultValue = "256")
    int batchSize;

    @ConfigProperty(name = "nq57.outbox.batch-bytes", defaultValue = "8388608")
    long batchBytes;

    @ConfigProperty(name = "nq57.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "nq57.outbox.backoff", defaultValue = "1s")
    Duration backoff;

    @ConfigProperty(name = "nq57.outbox.max-backoff", defaultValue = "5m")
    Duration maxBackoff;

    @ConfigProperty(name = "nq57.outbox.fallback-interval", defaultValue = "2s")
    Duration fallbackInterval;

    @ConfigProperty(name = "nq57.outbox.pending-count-interval", defaultValue = "2s")
    Duration pendingCountInterval;

    @ConfigProperty(name = "nq57.outbox.send-timeout", defaultValue = "30s")
    Duration sendTimeout;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean fullPassRequested = new AtomicBoolean();
    /** Aggregates named by {@link #wake(MongoCollection, Object)} and not read yet, by collection, oldest first. */
    private final Map<String, NamedQueue> named = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private ScheduledExecutorService worker;
    /** Counts pending aggregates for the gauge: on the worker, the count waited as long as a burst kept it busy. */
    private ScheduledExecutorService counter;
    private ScheduledFuture<?> timedWake;
    private Timer publishLatency;
    private Counter fullPasses;
    private Counter namedPasses;

    void start(@Observes StartupEvent event) {
        publishLatency = Timer.builder("nq57_outbox_publish_seconds").description("From send to the broker's acknowledgement")
                .publishPercentileHistogram().register(registry);
        Gauge.builder("nq57_outbox_pending", pending, AtomicLong::get)
                .description("Aggregates with events waiting to be published (counted up to " + PENDING_COUNT_CAP + ")")
                .register(registry);
        fullPasses = passes("full", "read every due aggregate through outboxDueAt (fallback timer, backoff, operator)");
        namedPasses = passes("named", "read only the aggregates named by commits, by _id");
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "nq57-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(this::adoptLegacyOutboxes);
        long every = fallbackInterval.toMillis();
        worker.scheduleWithFixedDelay(() -> drainSafely(true), 0, every, TimeUnit.MILLISECONDS);
        counter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "nq57-outbox-pending-count");
            thread.setDaemon(true);
            return thread;
        });
        counter.scheduleWithFixedDelay(this::countPending, 0, pendingCountInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Counter passes(String kind, String description) {
        return Counter.builder("nq57_outbox_passes_total").tag("kind", kind).description("Relay passes that " + description)
                .register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (counter != null) {
            counter.shutdownNow();
        }
    }

    /**
     * Asks the worker to publish the events of {@code aggregateId} now, without blocking the caller.
     * Wakes that arrive while a pass is queued are coalesced into it; one that arrives during a pass
     * queues exactly one more.
     */
    public void wake(MongoCollection<Document> collection, Object aggregateId) {
        named(collection).add(aggregateId);
        queuePass();
    }

    /** Asks the worker for a pass over every due aggregate (read through {@code outboxDueAt}). */
    public void wake() {
        fullPassRequested.set(true);
        queuePass();
    }

    private void queuePass() {
        if (worker != null && wakeQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    wakeQueued.set(false);
                    drainSafely(fullPassRequested.getAndSet(false));
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeQueued.set(false); // shutting down
            }
        }
    }

    private NamedQueue named(MongoCollection<Document> collection) {
        return named.computeIfAbsent(collection.getNamespace().getFullName(), k -> new NamedQueue());
    }

    /**
     * Named aggregates in the order they were named, each at most once: read in that order, so under
     * a burst no aggregate waits behind those named after it.
     */
    private static final class NamedQueue {
        private final Set<Object> queued = ConcurrentHashMap.newKeySet();
        private final Queue<Object> order = new ConcurrentLinkedQueue<>();

        void add(Object aggregateId) {
            if (queued.add(aggregateId)) {
                order.add(aggregateId);
            }
        }

        List<Object> take(int max) {
            List<Object> taken = new ArrayList<>();
            for (Object id = order.poll(); id != null; id = taken.size() < max ? order.poll() : null) {
                queued.remove(id);
                taken.add(id);
            }
            return taken;
        }
    }

    private void adoptLegacyOutboxes() {
        try {
            store.adoptLegacyOutboxes();
        } catch (RuntimeException e) {
            LOG.warnf("Older outbox documents not adopted yet: %s", e.toString());
        }
    }

    private void countPending() {
        try {
            pending.set(store.pending(PENDING_COUNT_CAP));
        } catch (RuntimeException e) {
            LOG.debugf("Outbox pending count failed: %s", e.getMessage());
        }
    }

    private void drainSafely(boolean full) {
        try {
            (full ? fullPasses : namedPasses).increment();
            if (full) {
                drain();
                store.nextDue().ifPresent(due -> wakeAt(due.getTime()));
            } else {
                drainNamed();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, retried on the next wake: %s", e.toString());
        }
    }

    /** Publishes until no aggregate is due; answers how many events were acknowledged. */
    int drain() {
        int acknowledged = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (MongoCollection<Document> collection : store.aggregates()) {
                List<OutboxStore.Due> batch = store.due(collection, new Date(), batchSize, batchBytes);
                if (!batch.isEmpty()) {
                    acknowledged += publish(collection, batch, id -> { });
                    progress = true;
                }
            }
        }
        return acknowledged;
    }

    /**
     * Publishes the named aggregates' events, a batch of ids at a time; an aggregate with more events
     * behind the one published is named again, so the pass goes on until its outbox is empty.
     */
    int drainNamed() {
        int acknowledged = 0;
        for (MongoCollection<Document> collection : store.aggregates()) {
            NamedQueue ids = named(collection);
            for (List<Object> taken = ids.take(batchSize); !taken.isEmpty(); taken = ids.take(batchSize)) {
                List<OutboxStore.Due> batch = store.dueAmong(collection, taken, new Date(), batchBytes, ids::add);
                acknowledged += publish(collection, batch, ids::add);
            }
        }
        return acknowledged;
    }

    /** @param more told the aggregates that still hold events after this batch's head went out or was parked */
    private int publish(MongoCollection<Document> collection, List<OutboxStore.Due> batch, Consumer<Object> more) {
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxStore.Due due : batch) {
            sends.add(due.head() == null ? CompletableFuture.completedFuture(null) : timed(publisher.send(due.head())));
        }
        awaitAll(sends);
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        List<OutboxStore.Published> lastOnes = new ArrayList<>();
        int acknowledged = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxStore.Due due = batch.get(i);
            Throwable failure = failure(sends.get(i));
            if (due.head() == null) {
                updates.add(OutboxStore.emptied(due));
            } else if (failure == null) {
                acknowledged++;
                if (due.count() == 1) {
                    lastOnes.add(new OutboxStore.Published(due.aggregateId(), due.head().getString("id")));
                } else {
                    updates.addAll(OutboxStore.published(due.aggregateId(), due.head().getString("id")));
                }
                Counter.builder("nq57_submission_events_published_total").tag("topic", due.head().getString("topic"))
                        .register(registry).increment();
                moreBehind(due, more);
            } else {
                updates.addAll(failedAttempt(due, failure, more));
            }
        }
        store.settle(collection, updates);
        store.settleLast(collection, lastOnes);
        return acknowledged;
    }

    private CompletableFuture<RecordMetadata> timed(CompletableFuture<RecordMetadata> send) {
        long started = System.nanoTime();
        return send.whenComplete((metadata, error) -> {
            if (error == null) {
                publishLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        });
    }

    private static void moreBehind(OutboxStore.Due due, Consumer<Object> more) {
        if (due.count() > 1) {
            more.accept(due.aggregateId());
        }
    }

    private List<UpdateOneModel<Document>> failedAttempt(OutboxStore.Due due, Throwable failure, Consumer<Object> more) {
        Document head = due.head();
        int attempts = head.getInteger("attempts", 0) + 1;
        String error = shortError(failure);
        String topic = head.getString("topic");
        Counter.builder("nq57_outbox_publish_failures_total").tag("topic", topic).register(registry).increment();
        if (attempts < maxAttempts) {
            LOG.debugf("Outbox event %s failed attempt %d: %s", head.getString("id"), attempts, error);
            Date nextAttempt = new Date(System.currentTimeMillis() + backoff(attempts).toMillis());
            wakeAt(nextAttempt.getTime());
            return OutboxStore.failed(due, attempts, error, nextAttempt);
        }
        LOG.errorf("Parking outbox event %s (%s, key %s) after %d attempts: %s", head.getString("id"), topic,
                head.getString("key"), attempts, error);
        Counter.builder("nq57_outbox_parked_total").tag("topic", topic).register(registry).increment();
        Document parked = new Document(head).append("attempts", attempts).append("lastError", error)
                .append("parkedAt", new Date());
        parked.remove("nextAttemptAt");
        moreBehind(due, more);
        return OutboxStore.parked(due, parked);
    }

    /** {@code backoff × 2^(attempts−1)}, capped at {@code max-backoff}. */
    Duration backoff(int attempts) {
        long millis = backoff.toMillis() << Math.min(attempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /**
     * A full pass at {@code atMillis} (a backoff's end), if that comes before the fallback tick and
     * before the timed pass already planned. Runs on the worker thread only.
     */
    private void wakeAt(long atMillis) {
        long delay = Math.max(0, atMillis - System.currentTimeMillis());
        if (delay >= fallbackInterval.toMillis()
                || timedWake != null && !timedWake.isDone() && timedWake.getDelay(TimeUnit.MILLISECONDS) <= delay) {
            return;
        }
        if (timedWake != null) {
            timedWake.cancel(false);
        }
        timedWake = worker.schedule(() -> wake(), delay, TimeUnit.MILLISECONDS);
    }

    private void awaitAll(List<CompletableFuture<RecordMetadata>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Individual failures are read per send below; an unfinished send counts as failed.
        }
    }

    private static Throwable failure(CompletableFuture<RecordMetadata> send) {
        if (!send.isDone()) {
            return new java.util.concurrent.TimeoutException("no acknowledgement in time");
        }
        try {
            send.join();
            return null;
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private static String shortError(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
