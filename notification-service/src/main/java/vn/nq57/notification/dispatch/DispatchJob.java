package vn.nq57.notification.dispatch;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher periodically and once at startup, so notices due while down go out on return.
 * Replicas may run at the same moment: the dispatcher shares the work out through the database.
 */
@ApplicationScoped
public class DispatchJob {

    private static final Logger LOG = Logger.getLogger(DispatchJob.class);

    private final Dispatcher dispatcher;

    DispatchJob(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void onStart(@Observes StartupEvent start) {
        VertxContextSupport.subscribe(() -> run().toMulti(), run -> run.with(done -> { }, error -> { }));
    }

    @Scheduled(identity = "notification-dispatch", every = "${notification.dispatch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return dispatcher.dispatchDue()
                .invoke(result -> {
                    if (result.notices() + result.digests() + result.delivered() + result.failed() > 0) {
                        LOG.infof("Dispatched %s", result);
                    }
                })
                .onFailure().invoke(e -> LOG.error("Dispatch run failed; the next run retries", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
