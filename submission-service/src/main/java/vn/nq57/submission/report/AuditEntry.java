package vn.nq57.submission.report;

import java.time.OffsetDateTime;
import vn.nq57.contracts.events.ReportStatus;

/** One state change of a report: who, when, from, to, and the comment given. */
public record AuditEntry(OffsetDateTime at, String actor, String action, ReportStatus from, ReportStatus to,
        Integer version, String comment) {
}
