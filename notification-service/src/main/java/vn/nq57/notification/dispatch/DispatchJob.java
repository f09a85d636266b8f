package vn.nq57.notification.dispatch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.nq57.notification.support.FreshContext;

/**
 * Runs the dispatcher periodically and once at startup, so notices due while down go out on return.
 * A tick while this replica's previous run still goes on is skipped; other replicas may run at the
 * same moment: the dispatcher shares the work out through the database.
 */
@ApplicationScoped
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class);

    private final Dispatcher dispatcher;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    DispatchJob(Dispatcher dispatcher, Vertx vertx) {
        this.dispatcher = dispatcher;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent start) {
        run();
    }

    /** No new run once the service stops: its database pool closes while the scheduler may still tick. */
    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    @Scheduled(identity = "notification-dispatch", every = "${notification.dispatch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        FreshContext.run(vertx, () -> dispatcher.dispatchDue()
                .invoke(result -> {
                    if (result.notices() + result.digests() + result.delivered() + result.failed() > 0) {
                        LOG.infof("Dispatched %s", result);
                    }
                })
                .eventually(() -> running.set(false)),
                error -> LOG.error("Dispatch run failed; the next run retries", error));
    }
}
