package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;

/**
 * What this service knows about one unit's report in one round.
 *
 * @param status           workflow state after the newest event
 * @param submitted        the latest submitted version (null when none, or withdrawn)
 * @param accepted         the version a reviewer accepted (null when none)
 * @param firstSubmittedAt when the unit first submitted (the lowest version seen), for timeliness
 * @param firstLate        the producer's {@code late} flag of that first submission
 */
public record ReportState(String unitCode, ReportStatus status, Integer version, OffsetDateTime resubmitBy,
        ReportSnapshot submitted, ReportSnapshot accepted, OffsetDateTime firstSubmittedAt, Boolean firstLate) {
}
