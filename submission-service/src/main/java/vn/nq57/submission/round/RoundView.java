package vn.nq57.submission.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.submission.template.OutlineSection;

/**
 * A round as the API answers it, instants in Asia/Ho_Chi_Minh.
 *
 * @param closedAt   when the city closed it (chốt số liệu), null while open
 * @param reopenings the units it was reopened for after closing, with their own deadlines, oldest first
 */
public record RoundView(
        UUID roundId,
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
        OffsetDateTime openedAt,
        String openedBy,
        List<RoundEntity.DeadlineChange> deadlineChanges,
        long revision,
        OffsetDateTime closedAt,
        String closedBy,
        String closeNote,
        List<RoundReopening> reopenings) {

    public static RoundView of(RoundEntity r) {
        List<RoundEntity.DeadlineChange> changes = r.deadlineChanges() == null ? List.of() : r.deadlineChanges().stream()
                .map(c -> new RoundEntity.DeadlineChange(VietnamTime.of(c.from()), VietnamTime.of(c.to()),
                        VietnamTime.of(c.at()), c.by(), c.reason()))
                .toList();
        return new RoundView(r.id(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.period(), r.cutOffDate(),
                VietnamTime.of(r.dueAt()), VietnamTime.of(r.previousDueAt()), r.resubmissionDays(),
                r.requiredUnitCodes(), r.outline(), r.indicators(), r.regimeId(), VietnamTime.of(r.openedAt()),
                r.openedBy(), changes, r.revision(), VietnamTime.of(r.closedAt()), r.closedBy(), r.closeNote(),
                r.reopenings() == null ? List.of() : r.reopenings().stream()
                        .map(o -> new RoundReopening(o.unitCode(), o.reason(), VietnamTime.of(o.dueAt()), o.by(),
                                VietnamTime.of(o.at())))
                        .toList());
    }
}
