package vn.nq57.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
 * @param closedAt          when the city closed the round (chốt số liệu), null while it is open
 * @param closedBy          the city admin who closed it, null while it is open
 * @param reopenings        the units the closed round was reopened for, oldest first; the entry a
 *                          {@code round.reopened} announces is the last one. Empty (or absent in
 *                          events older than this field) when there is none
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
        long revision,
        OffsetDateTime closedAt,
        String closedBy,
        List<RoundReopening> reopenings) {

    /** A round that has never been closed (the shape before closing existed). */
    public RoundSnapshot(UUID roundId, UUID planId, String title, String issuerUnitCode, DocumentRef request,
            ReportingPeriod period, LocalDate cutOffDate, OffsetDateTime dueAt, OffsetDateTime previousDueAt,
            Integer resubmissionDays, List<String> requiredUnitCodes, List<IndicatorDefinition> indicators,
            long revision) {
        this(roundId, planId, title, issuerUnitCode, request, period, cutOffDate, dueAt, previousDueAt,
                resubmissionDays, requiredUnitCodes, indicators, revision, null, null, List.of());
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** The unit's latest reopening, if the round was reopened for it. */
    public Optional<RoundReopening> reopeningOf(String unitCode) {
        if (reopenings == null) {
            return Optional.empty();
        }
        RoundReopening found = null;
        for (RoundReopening r : reopenings) {
            if (r != null && unitCode.equals(r.unitCode())) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The reopening a {@code round.reopened} announces: the last one. */
    public Optional<RoundReopening> latestReopening() {
        return reopenings == null || reopenings.isEmpty() ? Optional.empty()
                : Optional.ofNullable(reopenings.get(reopenings.size() - 1));
    }
}
