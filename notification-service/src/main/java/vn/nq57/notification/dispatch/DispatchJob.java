package vn.nq57.notification.dispatch;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Runs the dispatcher periodically and once at startup, so notices due while down go out on return. */
@ApplicationScoped
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class);

    private final Dispatcher dispatcher;

    DispatchJob(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void onStart(@Observes StartupEvent start) {
        run();
    }

    @Scheduled(identity = "notification-dispatch", every = "${notification.dispatch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            Dispatcher.Result result = dispatcher.dispatchDue();
            if (result.notices() + result.digests() + result.delivered() + result.failed() > 0) {
                LOG.infof("Dispatched %s", result);
            }
        } catch (RuntimeException e) {
            LOG.error("Dispatch run failed; the next run retries", e);
        }
    }
}
