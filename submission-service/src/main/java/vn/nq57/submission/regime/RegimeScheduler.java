package vn.nq57.submission.regime;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks the regimes regularly; the check is idempotent (one round per regime and period). */
@ApplicationScoped
public class RegimeScheduler {

    @Inject
    RegimeService regimes;

    @Scheduled(every = "${nq57.regimes.interval:60s}", delayed = "${nq57.outbox.delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void openDueRounds() {
        regimes.openDueRounds();
    }
}
