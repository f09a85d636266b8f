package vn.nq57.contracts.events;

import java.time.OffsetDateTime;

/**
 * A closed round reopened for one unit (mở lại cho một đơn vị): that unit alone may start, edit and
 * submit again; its submissions are late against {@code dueAt}.
 *
 * @param unitCode the unit the round is reopened for
 * @param reason   why, as the city admin wrote it
 * @param dueAt    the unit's own deadline
 * @param by       the city admin who reopened it
 * @param at       when
 */
public record RoundReopening(String unitCode, String reason, OffsetDateTime dueAt, String by, OffsetDateTime at) {
}
