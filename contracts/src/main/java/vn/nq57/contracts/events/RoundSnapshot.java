package vn.nq57.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payload of the {@code round.*} events: a reporting round (đợt báo cáo) as it is after the change.
 *
 * @param issuerUnitCode    the province-level unit that collects the reports, e.g. {@code 31}
 * @param request           the reporting request (Công văn), e.g. {@code 4383/SKHCN-TTTT}
 * @param cutOffDate        data cut-off date (ngày chốt số liệu)
 * @param dueAt             the deadline in force, with its offset (Asia/Ho_Chi_Minh)
 * @param previousDueAt     the deadline before a {@code round.deadline-changed}, null otherwise
 * @param resubmissionDays  days a unit has to resubmit a returned report, null when the round sets none
 * @param requiredUnitCodes the units that must report
 * @param indicators        the indicator catalogue reports are validated and rolled up against
 * @param revision          grows with every event of this round
 */
public record RoundSnapshot(
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
        List<IndicatorDefinition> indicators,
        long revision) {
}
