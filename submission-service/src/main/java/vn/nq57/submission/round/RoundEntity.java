package vn.nq57.submission.round;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.submission.template.OutlineSection;
import vn.nq57.submission.template.Template;

/**
 * A reporting round (đợt báo cáo) as stored in the {@code rounds} collection.
 *
 * @param regimeId  the periodic regime that opened it, null for a round opened by hand
 * @param periodKey the regime period it covers, e.g. {@code MONTH-2026-04}
 * @param searchKey accent-folded title and request symbol, for {@code q=} searches
 * @param closedAt  when the city closed the round (chốt số liệu), null while open
 * @param closeNote the city admin's note when closing, if any
 * @param reopenings the units the closed round was reopened for, oldest first (the audit of reopening)
 */
public record RoundEntity(
        @JsonProperty("_id") UUID id,
        UUID planId,
        String title,
        String issuerUnitCode,
        DocumentRef request,
        ReportingPeriod period,
        LocalDate cutOffDate,
        OffsetDateTime dueAt,
        OffsetDateTime previousDueAt,
        Integer resubmissionDays,
        List<String> requiredUnitCodes,
        List<OutlineSection> outline,
        List<IndicatorDefinition> indicators,
        UUID regimeId,
        String periodKey,
        OffsetDateTime openedAt,
        String openedBy,
        List<DeadlineChange> deadlineChanges,
        String searchKey,
        long revision,
        OffsetDateTime closedAt,
        String closedBy,
        String closeNote,
        List<RoundReopening> reopenings) {

    /** One extension or move of the deadline. */
    public record DeadlineChange(OffsetDateTime from, OffsetDateTime to, OffsetDateTime at, String by, String reason) {
    }

    public RoundSnapshot snapshot() {
        return new RoundSnapshot(id, planId, title, issuerUnitCode, request, period, cutOffDate, dueAt, previousDueAt,
                resubmissionDays, requiredUnitCodes, indicators, revision, closedAt, closedBy,
                reopenings == null ? List.of() : reopenings);
    }

    public RoundEntity withDeadline(OffsetDateTime newDueAt, DeadlineChange change) {
        List<DeadlineChange> changes = new ArrayList<>(deadlineChanges == null ? List.of() : deadlineChanges);
        changes.add(change);
        return new RoundEntity(id, planId, title, issuerUnitCode, request, period, cutOffDate, newDueAt, dueAt,
                resubmissionDays, requiredUnitCodes, outline, indicators, regimeId, periodKey, openedAt, openedBy,
                changes, searchKey, revision + 1, closedAt, closedBy, closeNote, reopenings);
    }

    public RoundEntity closed(OffsetDateTime at, String by, String note) {
        return new RoundEntity(id, planId, title, issuerUnitCode, request, period, cutOffDate, dueAt, previousDueAt,
                resubmissionDays, requiredUnitCodes, outline, indicators, regimeId, periodKey, openedAt, openedBy,
                deadlineChanges, searchKey, revision + 1, at, by, note, reopenings);
    }

    public RoundEntity reopenedFor(RoundReopening reopening) {
        List<RoundReopening> all = new ArrayList<>(reopenings == null ? List.of() : reopenings);
        all.add(reopening);
        return new RoundEntity(id, planId, title, issuerUnitCode, request, period, cutOffDate, dueAt, previousDueAt,
                resubmissionDays, requiredUnitCodes, outline, indicators, regimeId, periodKey, openedAt, openedBy,
                deadlineChanges, searchKey, revision + 1, closedAt, closedBy, closeNote, all);
    }

    @JsonIgnore
    public boolean isClosed() {
        return closedAt != null;
    }

    /** The unit's latest reopening of this closed round, if any. */
    public Optional<RoundReopening> reopeningOf(String unitCode) {
        return snapshot().reopeningOf(unitCode);
    }

    /** Whether the unit may start, edit or submit: the round is open, or was reopened for that unit. */
    public boolean acceptsWritesFrom(String unitCode) {
        return !isClosed() || reopeningOf(unitCode).isPresent();
    }

    /** The deadline the unit's submissions are late against: its reopening's when reopened, else the round's. */
    public OffsetDateTime dueAtFor(String unitCode) {
        return reopeningOf(unitCode).map(RoundReopening::dueAt).orElse(dueAt);
    }

    public boolean requires(String unitCode) {
        return requiredUnitCodes != null && requiredUnitCodes.contains(unitCode);
    }

    /** Title of every outline section by code, in outline order (depth first). */
    public Map<String, String> sectionTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        Template.flatten(outline).forEach(s -> titles.putIfAbsent(s.code(), s.title()));
        return titles;
    }

    public Set<String> sectionCodes() {
        return Template.flatten(outline).stream().map(OutlineSection::code).collect(Collectors.toSet());
    }
}
