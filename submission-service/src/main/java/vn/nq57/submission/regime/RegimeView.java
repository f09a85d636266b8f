package vn.nq57.submission.regime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.submission.template.OutlineSection;

/** A regime as the API answers it. */
public record RegimeView(UUID regimeId, UUID planId, String title, String issuerUnitCode, DocumentRef request,
        String frequency, int deadlineWorkingDays, LocalTime dueTime, Integer resubmissionDays, List<String> unitCodes,
        List<OutlineSection> outline, List<IndicatorDefinition> indicators, LocalDate startsOn, boolean active,
        OffsetDateTime createdAt, String createdBy, long revision) {

    static RegimeView of(RegimeEntity r) {
        return new RegimeView(r.id(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.frequency(),
                r.deadlineWorkingDays(), r.dueTime(), r.resubmissionDays(), r.unitCodes(), r.outline(), r.indicators(),
                r.startsOn(), r.active(), VietnamTime.of(r.createdAt()), r.createdBy(), r.revision());
    }
}
