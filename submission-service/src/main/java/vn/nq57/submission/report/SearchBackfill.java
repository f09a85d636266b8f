package vn.nq57.submission.report;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Makes reports stored before full-text search (or under an older {@link ReportText#VERSION}) searchable:
 * at startup, in batches, before the service takes traffic. Every later write keeps the words current itself.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);
    private static final int BATCH = 200;

    @Inject
    ReportRepository reports;

    void onStart(@Observes StartupEvent event) {
        int total = run();
        if (total > 0) {
            LOG.infof("Report search: indexed %d reports stored before search version %d", total, ReportText.VERSION);
        }
    }

    /** Indexes every stale report; returns how many. */
    public int run() {
        int total = 0;
        for (int written = reports.indexStale(BATCH); written > 0; written = reports.indexStale(BATCH)) {
            total += written;
        }
        return total;
    }
}
