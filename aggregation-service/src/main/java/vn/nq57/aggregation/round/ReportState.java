package vn.nq57.aggregation.round;

import java.time.OffsetDateTime;
import vn.nq57.contracts.events.ReportStatus;

/**
 * What the status matrix needs of one unit's report in one round (no snapshot is read for it).
 *
 * @param status           workflow state after the newest event
 * @param submittedAt      when the latest submitted version was submitted (null when none, or withdrawn)
 * @param firstSubmittedAt when the unit first submitted (the lowest version seen), for timeliness
 * @param firstLate        the producer's {@code late} flag of that first submission
 */
public record ReportState(String unitCode, ReportStatus status, Integer version, OffsetDateTime resubmitBy,
        OffsetDateTime submittedAt, OffsetDateTime firstSubmittedAt, Boolean firstLate) {
}
