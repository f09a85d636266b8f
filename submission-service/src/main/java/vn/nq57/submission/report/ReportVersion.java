package vn.nq57.submission.report;

import java.time.OffsetDateTime;
import java.util.List;
import vn.nq57.contracts.events.ReportStatus;

/**
 * An immutable submitted version of a report.
 *
 * @param late      submitted after the deadline in force at that moment
 * @param dueAt     that deadline
 * @param withdrawn the unit took it back before review
 */
public record ReportVersion(int version, ReportStatus status, OffsetDateTime submittedAt, String submittedBy,
        boolean late, OffsetDateTime dueAt, ReportContent content, List<AttachmentRef> attachments, boolean withdrawn) {

    ReportVersion withdraw() {
        return new ReportVersion(version, status, submittedAt, submittedBy, late, dueAt, content, attachments, true);
    }
}
