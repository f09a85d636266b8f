package vn.nq57.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of the {@code report.*} events: one unit's progress report in one round. The Kafka key
 * is {@code roundId:unitCode}.
 *
 * @param version          the submitted version this event is about (0 for a draft never submitted)
 * @param submittedAt      when that version was submitted
 * @param late             whether it was submitted after the deadline in force at that moment
 * @param dueAt            the deadline in force when the event happened
 * @param actor            who made the change (token subject or username)
 * @param comment          the reviewer's overall comment on return or acceptance
 * @param sectionComments  reviewer comments keyed by outline code, on return
 * @param resubmitBy       deadline for a returned report's resubmission, when the round sets one
 * @param revision         grows with every event of this report
 * @param sections         the texts of the same version, in outline order, with the outline titles (null
 *                         from producers before this field; the whole event stays within
 *                         {@link EventCodec#MAX_EVENT_BYTES})
 */
public record ReportSnapshot(
        UUID reportId,
        UUID roundId,
        String unitCode,
        ReportStatus status,
        int version,
        OffsetDateTime submittedAt,
        Boolean late,
        OffsetDateTime dueAt,
        String numberSymbol,
        List<IndicatorValue> indicators,
        List<ReportNote> difficulties,
        List<ReportNote> causes,
        List<Recommendation> recommendations,
        String actor,
        String comment,
        Map<String, String> sectionComments,
        OffsetDateTime resubmitBy,
        long revision,
        List<ReportSection> sections) {

    /** A snapshot without section texts (events written before sections were carried, tests). */
    public ReportSnapshot(UUID reportId, UUID roundId, String unitCode, ReportStatus status, int version,
            OffsetDateTime submittedAt, Boolean late, OffsetDateTime dueAt, String numberSymbol,
            List<IndicatorValue> indicators, List<ReportNote> difficulties, List<ReportNote> causes,
            List<Recommendation> recommendations, String actor, String comment, Map<String, String> sectionComments,
            OffsetDateTime resubmitBy, long revision) {
        this(reportId, roundId, unitCode, status, version, submittedAt, late, dueAt, numberSymbol, indicators,
                difficulties, causes, recommendations, actor, comment, sectionComments, resubmitBy, revision, null);
    }

    /** The same snapshot without its section texts. */
    public ReportSnapshot withoutSections() {
        return new ReportSnapshot(reportId, roundId, unitCode, status, version, submittedAt, late, dueAt, numberSymbol,
                indicators, difficulties, causes, recommendations, actor, comment, sectionComments, resubmitBy, revision,
                null);
    }

    public String key() {
        return roundId + ":" + unitCode;
    }
}
