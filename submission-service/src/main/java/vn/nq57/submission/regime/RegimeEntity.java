package vn.nq57.submission.regime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.submission.template.OutlineSection;

/**
 * A periodic reporting regime (chế độ báo cáo định kỳ, Decree 09/2019/NĐ-CP) that opens its own rounds.
 *
 * @param frequency           MONTH, QUARTER, HALF_YEAR or YEAR
 * @param deadlineWorkingDays working days between the data cut-off date and the deadline (at least 1)
 * @param dueTime             time of day of the deadline, Asia/Ho_Chi_Minh
 * @param startsOn            first day a cut-off may fall on; earlier windows are never opened
 */
public record RegimeEntity(
        @JsonProperty("_id") UUID id,
        UUID planId,
        String title,
        String issuerUnitCode,
        DocumentRef request,
        String frequency,
        int deadlineWorkingDays,
        LocalTime dueTime,
        Integer resubmissionDays,
        List<String> unitCodes,
        List<OutlineSection> outline,
        List<IndicatorDefinition> indicators,
        LocalDate startsOn,
        boolean active,
        OffsetDateTime createdAt,
        String createdBy,
        long revision) {

    RegimeEntity deactivated() {
        return new RegimeEntity(id, planId, title, issuerUnitCode, request, frequency, deadlineWorkingDays, dueTime,
                resubmissionDays, unitCodes, outline, indicators, startsOn, false, createdAt, createdBy, revision + 1);
    }
}
