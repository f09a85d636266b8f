package vn.nq57.submission.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.submission.round.RoundEntity;

/**
 * A unit's progress report (báo cáo) in one round, as stored in the {@code reports} collection:
 * the editable draft, every submitted version, the latest review, attachments and the audit trail.
 */
public record ReportEntity(
        @JsonProperty("_id") UUID id,
        UUID roundId,
        String unitCode,
        String provinceCode,
        ReportStatus status,
        ReportContent draft,
        List<ReportVersion> versions,
        List<AttachmentRef> attachments,
        Review review,
        List<AuditEntry> audit,
        OffsetDateTime createdAt,
        String createdBy,
        long revision) {

    public Optional<ReportVersion> latestVersion() {
        return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public int latestVersionNumber() {
        return latestVersion().map(ReportVersion::version).orElse(0);
    }

    ReportEntity withDraft(ReportContent content) {
        return new ReportEntity(id, roundId, unitCode, provinceCode, status, content, versions, attachments, review, audit,
                createdAt, createdBy, revision + 1);
    }

    ReportEntity withAttachments(List<AttachmentRef> files) {
        return new ReportEntity(id, roundId, unitCode, provinceCode, status, draft, versions, files, review, audit,
                createdAt, createdBy, revision + 1);
    }

    /** A state change with its audit entry; {@code versions} and {@code review} as they are after it. */
    ReportEntity transition(ReportStatus to, List<ReportVersion> newVersions, Review newReview, AuditEntry entry) {
        List<AuditEntry> trail = new ArrayList<>(audit == null ? List.of() : audit);
        trail.add(entry);
        return new ReportEntity(id, roundId, unitCode, provinceCode, to, draft, newVersions, attachments, newReview, trail,
                createdAt, createdBy, revision + 1);
    }

    /** The payload a submission of the current draft would publish, to hold drafts to the event size budget. */
    ReportSnapshot draftSnapshot(String actor, RoundEntity round) {
        return new ReportEntity(id, roundId, unitCode, provinceCode, status, draft, List.of(), attachments, review, audit,
                createdAt, createdBy, revision).snapshot(actor, round);
    }

    /**
     * The payload of {@code report.draft-started}: the report's state without its content. A draft is
     * the unit's own until it is submitted: no consumer counts or shows a draft's figures or texts,
     * and a burst's half of the report events then carries no 10–30 KB of them.
     */
    ReportSnapshot startedSnapshot(String actor, RoundEntity round) {
        return new ReportEntity(id, roundId, unitCode, provinceCode, status, ReportContent.EMPTY, List.of(), attachments,
                review, audit, createdAt, createdBy, revision).snapshot(actor, round);
    }

    /**
     * The event payload after a change; content is the latest submitted version's, or the draft's before any,
     * with its section texts titled and ordered by the round's outline.
     */
    public ReportSnapshot snapshot(String actor, RoundEntity round) {
        OffsetDateTime dueAt = round.dueAtFor(unitCode);
        Optional<ReportVersion> latest = latestVersion();
        ReportContent content = latest.map(ReportVersion::content).orElse(draft);
        Map<String, String> sectionComments = null;
        if (review != null && review.sectionComments() != null && !review.sectionComments().isEmpty()) {
            sectionComments = new LinkedHashMap<>();
            for (SectionComment c : review.sectionComments()) {
                sectionComments.put(c.code(), c.comment());
            }
        }
        boolean reviewed = status == ReportStatus.RETURNED || status == ReportStatus.ACCEPTED;
        return new ReportSnapshot(id, roundId, unitCode, status, latestVersionNumber(),
                latest.map(ReportVersion::submittedAt).orElse(null), latest.map(ReportVersion::late).orElse(null), dueAt,
                content.header() == null ? null : content.header().numberSymbol(), content.indicators(),
                content.difficulties(), content.causes(), content.recommendations(), actor,
                reviewed && review != null ? review.comment() : null, reviewed ? sectionComments : null,
                status == ReportStatus.RETURNED && review != null ? review.resubmitBy() : null, revision,
                sections(content, round.sectionTitles()));
    }

    /** The non-blank texts in outline order (codes the outline no longer has last, untitled). */
    private static List<ReportSection> sections(ReportContent content, Map<String, String> titles) {
        if (content.sections() == null) {
            return List.of();
        }
        List<String> order = new ArrayList<>(titles.keySet());
        return content.sections().stream()
                .filter(s -> s != null && s.code() != null && s.text() != null && !s.text().isBlank())
                .sorted(Comparator.comparingInt(s -> order.contains(s.code()) ? order.indexOf(s.code()) : order.size()))
                .map(s -> new ReportSection(s.code(), titles.get(s.code()), s.text()))
                .toList();
    }
}
