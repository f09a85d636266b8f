package vn.nq57.aggregation.ingest;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.nq57.contracts.events.Topics;

/**
 * The four topics this service reads. Records are processed in partition order, one at a time,
 * and acknowledged after their transaction commits.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Projector projector;

    @Incoming("units")
    @Blocking
    public void units(String record) {
        projector.apply(Topics.UNITS, record);
    }

    @Incoming("plans")
    @Blocking
    public void plans(String record) {
        projector.apply(Topics.PLANS, record);
    }

    @Incoming("rounds")
    @Blocking
    public void rounds(String record) {
        projector.apply(Topics.ROUNDS, record);
    }

    @Incoming("reports")
    @Blocking
    public void reports(String record) {
        projector.apply(Topics.REPORTS, record);
    }
}
