package vn.nq57.notification.shared;

/** What a notification tells its recipients. */
public enum NoticeKind {
    /** Nhắc hạn: a deadline is coming (days before, or the morning of the due day). */
    REMINDER,
    /** Quá hạn: the deadline passed without a report. */
    OVERDUE,
    /** Trả lại: a reviewer returned the report, with comments. */
    RETURNED,
    /** Đã tiếp nhận: a reviewer accepted the report. */
    ACCEPTED,
    /** Mở lại: the city reopened a closed round for the unit, with the reason and the unit's own deadline. */
    REOPENED,
    /** Tổng hợp quá hạn: the daily digest of late units sent to city staff. */
    ESCALATION
}
