package vn.nq57.submission.report;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.conversions.Bson;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.submission.outbox.OutboxEvents;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.submission.round.RoundEntity;
import vn.nq57.submission.round.RoundService;
import vn.nq57.contracts.problem.ETags;
import vn.nq57.support.http.Page;
import vn.nq57.support.http.Paging;
import vn.nq57.support.time.VietnamTime;

/**
 * The report workflow: draft → submitted → returned → resubmitted → accepted, with withdrawal of a
 * submission before review. Every change is audited and every state change publishes an event.
 */
@ApplicationScoped
public class ReportService {

    private static final Set<ReportStatus> EDITABLE = Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED);
    private static final Set<ReportStatus> UNDER_REVIEW = Set.of(ReportStatus.SUBMITTED, ReportStatus.RESUBMITTED);

    @Inject
    ReportRepository reports;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    public ReportEntity create(CreateReportRequest body, Caller caller) {
        return create(body, caller, VietnamTime.now(clock));
    }

    public ReportEntity create(CreateReportRequest body, Caller caller, OffsetDateTime now) {
        RoundEntity round = rounds.get(body.roundId());
        if (!caller.canWrite(body.unitCode(), round.issuerUnitCode())) {
            throw ProblemException.forbidden("Only an officer of unit " + body.unitCode() + " writes its report");
        }
        if (!round.requires(body.unitCode())) {
            throw ProblemException.invalid("unitCode", "unit " + body.unitCode() + " is not asked to report in this round");
        }
        requireOpenFor(round, body.unitCode(), "start");
        ReportContent content = (body.content() == null ? ReportContent.EMPTY : body.content()).normalized();
        List<FieldError> errors = ContentValidator.check(content, round, false);
        if (!errors.isEmpty()) {
            // named as in the request body, like the constraint violations of the same request
            throw ProblemException.invalid(errors.stream()
                    .map(e -> new FieldError("content." + e.field(), e.reason())).toList());
        }
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC);
        AuditEntry created = new AuditEntry(at, caller.subject(), "CREATE", null, ReportStatus.DRAFT, 0, null);
        ReportEntity report = new ReportEntity(UUID.randomUUID(), round.id(), body.unitCode(), round.issuerUnitCode(),
                ReportStatus.DRAFT, content, List.of(), List.of(), null, List.of(created), at, caller.subject(), 1);
        String key = report.roundId() + ":" + report.unitCode();
        // the event leaves the content out, but the draft must fit the event its submission publishes
        OutboxEvents.requireWithinBudget(EventType.REPORT_SUBMITTED, key, report.draftSnapshot(caller.subject(), round), now);
        var event = OutboxEvents.pending(EventType.REPORT_DRAFT_STARTED, key, report.startedSnapshot(caller.subject(), round),
                now);
        if (!reports.insert(report, List.of(event))) {
            ReportEntity existing = reports.find(round.id(), body.unitCode()).orElseThrow();
            throw new ProblemException(ProblemKind.CONFLICT, "Unit " + body.unitCode() + " already has report "
                    + existing.id() + " in this round");
        }
        return report;
    }

    public ReportEntity updateDraft(UUID id, ReportContent body, String ifMatch, Caller caller) {
        ReportEntity report = writable(id, caller);
        long expected = ETags.required(ifMatch, report.revision());
        requireState(report, EDITABLE, "edit");
        RoundEntity round = rounds.get(report.roundId());
        requireOpenFor(round, report.unitCode(), "edit");
        ReportContent content = body.normalized();
        List<FieldError> errors = ContentValidator.check(content, round, false);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ReportEntity changed = report.withDraft(content);
        OutboxEvents.requireWithinBudget(EventType.REPORT_SUBMITTED, changed.roundId() + ":" + changed.unitCode(),
                changed.draftSnapshot(caller.subject(), round), VietnamTime.now(clock));
        if (!reports.update(changed, expected, List.of())) {
            throw ETags.stale(get(id).revision());
        }
        return changed;
    }

    public ReportEntity submit(UUID id, String ifMatch, Caller caller) {
        return submit(id, ifMatch, caller, VietnamTime.now(clock));
    }

    public ReportEntity submit(UUID id, String ifMatch, Caller caller, OffsetDateTime now) {
        ReportEntity report = writable(id, caller);
        long expected = ifMatch == null ? report.revision() : ETags.required(ifMatch, report.revision());
        requireState(report, EDITABLE, "submit");
        RoundEntity round = rounds.get(report.roundId());
        requireOpenFor(round, report.unitCode(), "submit");
        List<FieldError> errors = ContentValidator.check(report.draft(), round, true);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean resubmission = report.status() == ReportStatus.RETURNED;
        // a reopening sets the unit's deadline explicitly, over the round's and a return's resubmission date
        OffsetDateTime dueAt = round.reopeningOf(report.unitCode()).map(RoundReopening::dueAt)
                .orElse(resubmission && report.review() != null && report.review().resubmitBy() != null
                        ? report.review().resubmitBy() : round.dueAt());
        boolean late = now.isAfter(dueAt);
        ReportStatus to = resubmission ? ReportStatus.RESUBMITTED : ReportStatus.SUBMITTED;
        int number = report.latestVersionNumber() + 1;
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC);
        List<ReportVersion> versions = new ArrayList<>(report.versions());
        versions.add(new ReportVersion(number, to, at, caller.subject(), late, dueAt, report.draft(), report.attachments(),
                false));
        ReportEntity changed = report.transition(to, versions, report.review(),
                new AuditEntry(at, caller.subject(), "SUBMIT", report.status(), to, number, late ? "late" : "on time"));
        return save(report, changed, expected, EventType.REPORT_SUBMITTED, caller, round, now);
    }

    public ReportEntity withdraw(UUID id, Caller caller) {
        ReportEntity report = writable(id, caller);
        requireState(report, UNDER_REVIEW, "withdraw");
        RoundEntity round = rounds.get(report.roundId());
        requireOpenFor(round, report.unitCode(), "withdraw");
        OffsetDateTime now = VietnamTime.now(clock);
        List<ReportVersion> versions = new ArrayList<>(report.versions());
        ReportVersion latest = versions.remove(versions.size() - 1);
        versions.add(latest.withdraw());
        ReportEntity changed = report.transition(ReportStatus.DRAFT, versions, report.review(),
                new AuditEntry(now.withOffsetSameInstant(ZoneOffset.UTC), caller.subject(), "WITHDRAW", report.status(),
                        ReportStatus.DRAFT, latest.version(), null));
        return save(report, changed, report.revision(), EventType.REPORT_WITHDRAWN, caller, round, now);
    }

    public ReportEntity returnForRevision(UUID id, ReviewRequest body, Caller caller) {
        ReportEntity report = reviewable(id, caller);
        RoundEntity round = rounds.get(report.roundId());
        List<SectionComment> comments = body == null || body.sectionComments() == null ? List.of()
                : body.sectionComments().stream()
                        .map(c -> c == null ? null : new SectionComment(c.code(), VietnameseText.nfc(c.comment()))).toList();
        String comment = body == null ? null : VietnameseText.nfc(body.comment());
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = round.sectionCodes();
        for (int i = 0; i < comments.size(); i++) {
            SectionComment c = comments.get(i);
            if (c == null || c.code() == null || !codes.contains(c.code())) {
                errors.add(new FieldError("sectionComments[" + i + "].code", "unknown section code "
                        + (c == null ? null : c.code()) + " in this round's outline"));
            } else if (c.comment() == null || c.comment().isBlank()) {
                errors.add(new FieldError("sectionComments[" + i + "].comment", "must not be blank"));
            }
        }
        if ((comment == null || comment.isBlank()) && comments.isEmpty()) {
            errors.add(new FieldError("comment", "a returned report needs a comment or section comments"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireState(report, UNDER_REVIEW, "return");
        if (!round.acceptsWritesFrom(report.unitCode())) {
            // the unit could not resubmit: returning it would leave the round with a report nobody may finish
            throw new ProblemException(ProblemKind.ROUND_CLOSED, closedDetail(round)
                    + "; reopen the round for unit " + report.unitCode() + " before returning its report");
        }
        OffsetDateTime now = VietnamTime.now(clock);
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime resubmitBy = round.resubmissionDays() == null ? null : at.plusDays(round.resubmissionDays());
        Review review = new Review(report.latestVersionNumber(), caller.subject(), at, comment, comments, resubmitBy);
        ReportEntity changed = report.transition(ReportStatus.RETURNED, report.versions(), review,
                new AuditEntry(at, caller.subject(), "RETURN", report.status(), ReportStatus.RETURNED,
                        report.latestVersionNumber(), comment));
        return save(report, changed, report.revision(), EventType.REPORT_RETURNED, caller, round, now);
    }

    public ReportEntity accept(UUID id, ReviewRequest body, Caller caller) {
        ReportEntity report = reviewable(id, caller);
        requireState(report, UNDER_REVIEW, "accept");
        RoundEntity round = rounds.get(report.roundId());
        OffsetDateTime now = VietnamTime.now(clock);
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC);
        String comment = body == null ? null : VietnameseText.nfc(body.comment());
        Review review = new Review(report.latestVersionNumber(), caller.subject(), at, comment, List.of(), null);
        ReportEntity changed = report.transition(ReportStatus.ACCEPTED, report.versions(), review,
                new AuditEntry(at, caller.subject(), "ACCEPT", report.status(), ReportStatus.ACCEPTED,
                        report.latestVersionNumber(), comment));
        return save(report, changed, report.revision(), EventType.REPORT_ACCEPTED, caller, round, now);
    }

    private ReportEntity save(ReportEntity stored, ReportEntity changed, long expected, EventType type, Caller caller,
            RoundEntity round, OffsetDateTime now) {
        var event = OutboxEvents.pending(type, changed.roundId() + ":" + changed.unitCode(),
                changed.snapshot(caller.subject(), round), now);
        if (!reports.update(changed, expected, List.of(event), stored)) {
            throw new ProblemException(ProblemKind.CONFLICT, "Report " + changed.id()
                    + " was changed at the same time; reload it and retry");
        }
        registry.counter("nq57_submission_report_transitions_total", "event", type.type()).increment();
        return changed;
    }

    /** A unit's write in a closed round not reopened for it is refused (409 round-closed). */
    public static void requireOpenFor(RoundEntity round, String unitCode, String action) {
        if (!round.acceptsWritesFrom(unitCode)) {
            throw new ProblemException(ProblemKind.ROUND_CLOSED, closedDetail(round) + "; unit " + unitCode
                    + " cannot " + action + " its report unless the city reopens the round for it");
        }
    }

    /** The same check for a stored report (attachments). */
    public void requireOpenFor(ReportEntity report, String action) {
        requireOpenFor(rounds.get(report.roundId()), report.unitCode(), action);
    }

    private static String closedDetail(RoundEntity round) {
        return "Round " + round.id() + " was closed (chốt số liệu) at " + VietnamTime.of(round.closedAt())
                + (round.closeNote() == null ? "" : " (" + round.closeNote() + ")");
    }

    private static void requireState(ReportEntity report, Set<ReportStatus> allowed, String action) {
        if (!allowed.contains(report.status())) {
            throw new ProblemException(ProblemKind.INVALID_STATE, "Cannot " + action + " a report that is "
                    + report.status() + "; allowed from " + allowed);
        }
    }

    public ReportEntity get(UUID id) {
        return reports.find(id).orElseThrow(() -> ProblemException.notFound("Report " + id));
    }

    public ReportEntity readable(UUID id, Caller caller) {
        ReportEntity report = get(id);
        if (!caller.canRead(report.unitCode(), report.provinceCode())) {
            throw ProblemException.forbidden("The caller may not read reports of unit " + report.unitCode());
        }
        return report;
    }

    public ReportEntity writable(UUID id, Caller caller) {
        ReportEntity report = get(id);
        if (!caller.canWrite(report.unitCode(), report.provinceCode())) {
            throw ProblemException.forbidden("Only an officer of unit " + report.unitCode() + " changes its report");
        }
        return report;
    }

    private ReportEntity reviewable(UUID id, Caller caller) {
        ReportEntity report = get(id);
        if (!caller.isCity() || !caller.coversProvince(report.provinceCode())) {
            throw ProblemException.forbidden("Only city staff of province " + report.provinceCode() + " review reports");
        }
        return report;
    }

    /**
     * The reports the caller may see, filtered; with a {@code query}, only those whose draft or latest version
     * holds every query word (accent- and case-insensitive), each with a snippet around the first match.
     */
    public Page<ReportView> list(Caller caller, UUID roundId, String unitCode, ReportStatus status, SearchQuery query,
            Paging paging) {
        List<Bson> filters = new ArrayList<>();
        if (caller.isCity() || caller.isIntegration()) {
            if (caller.provinceCode() == null) {
                throw ProblemException.forbidden("The token names no province whose reports it may list");
            }
            filters.add(Filters.eq("provinceCode", caller.provinceCode()));
            if (unitCode != null) {
                filters.add(Filters.eq("unitCode", unitCode));
            }
        } else if (caller.isUnitOfficer()) {
            if (unitCode != null && !unitCode.equals(caller.unitCode())) {
                throw ProblemException.forbidden("An officer lists only the reports of unit " + caller.unitCode());
            }
            filters.add(Filters.eq("unitCode", caller.unitCode()));
        } else {
            throw ProblemException.forbidden("No platform role");
        }
        if (roundId != null) {
            filters.add(Filters.eq("roundId", roundId.toString()));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        if (query != null) {
            filters.add(Filters.all(ReportText.TOKENS, query.tokens()));
        }
        Bson filter = filters.isEmpty() ? new org.bson.Document() : Filters.and(filters);
        return new Page<>(reports.list(filter, paging.page(), paging.size()).stream()
                .map(r -> query == null ? ReportView.of(r) : ReportView.found(r, query)).toList(),
                paging.page(), paging.size(),
                reports.count(filter));
    }
}
