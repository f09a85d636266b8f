package vn.nq57.submission.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.support.time.VietnamTime;

/**
 * A report as the API answers it.
 *
 * @param latestVersion the last submitted version, 0 before the first submission
 * @param late          whether that version was late, null before the first submission
 * @param match         with a search ({@code q}) only: where the words were found and the text around them
 */
public record ReportView(UUID reportId, UUID roundId, String unitCode, ReportStatus status, int latestVersion,
        Boolean late, ReportContent draft, List<AttachmentRef> attachments, Review review, OffsetDateTime createdAt,
        String createdBy, long revision, SearchMatch match) {

    public static ReportView of(ReportEntity r) {
        Review review = r.review() == null ? null : new Review(r.review().version(), r.review().reviewer(),
                VietnamTime.of(r.review().at()), r.review().comment(), r.review().sectionComments(),
                VietnamTime.of(r.review().resubmitBy()));
        return new ReportView(r.id(), r.roundId(), r.unitCode(), r.status(), r.latestVersionNumber(),
                r.latestVersion().map(ReportVersion::late).orElse(null), r.draft(),
                r.attachments() == null ? List.of() : r.attachments().stream().map(ReportView::local).toList(), review,
                VietnamTime.of(r.createdAt()), r.createdBy(), r.revision(), null);
    }

    /** The report as a search result. */
    static ReportView found(ReportEntity r, SearchQuery query) {
        ReportView view = of(r);
        return new ReportView(view.reportId, view.roundId, view.unitCode, view.status, view.latestVersion, view.late,
                view.draft, view.attachments, view.review, view.createdAt, view.createdBy, view.revision,
                ReportText.firstMatch(r, query).orElse(null));
    }

    static ReportVersion local(ReportVersion v) {
        return new ReportVersion(v.version(), v.status(), VietnamTime.of(v.submittedAt()), v.submittedBy(), v.late(),
                VietnamTime.of(v.dueAt()), v.content(),
                v.attachments() == null ? List.of() : v.attachments().stream().map(ReportView::local).toList(),
                v.withdrawn());
    }

    static AttachmentRef local(AttachmentRef a) {
        return new AttachmentRef(a.id(), a.fileName(), a.contentType(), a.size(), a.kind(), VietnamTime.of(a.uploadedAt()),
                a.uploadedBy());
    }

    static AuditEntry local(AuditEntry e) {
        return new AuditEntry(VietnamTime.of(e.at()), e.actor(), e.action(), e.from(), e.to(), e.version(), e.comment());
    }
}
