package vn.nq57.gateway.deadletter;

import java.time.OffsetDateTime;

/**
 * A record a consumer could not apply and parked on a dead-letter topic (bản ghi bị gác lại), as an
 * operator sees it. The event fields are null when the value is not a readable CloudEvent.
 *
 * @param id             {@code <dlqTopic>-<partition>-<offset>}, what replay takes
 * @param valuePreview   the first bytes of the value as UTF-8 text
 * @param valueTruncated whether the preview is shorter than the value
 */
public record ParkedRecord(
        String id,
        String dlqTopic,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String key,
        String reason,
        String cause,
        String eventId,
        String eventType,
        String eventSubject,
        OffsetDateTime parkedAt,
        int sizeBytes,
        String valuePreview,
        boolean valueTruncated) {
}
