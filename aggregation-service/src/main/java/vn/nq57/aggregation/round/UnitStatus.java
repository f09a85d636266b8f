package vn.nq57.aggregation.round;

/** A required unit's state in a round, as the city's status matrix shows it. */
public enum UnitStatus {
    NOT_STARTED("Chưa thực hiện"),
    DRAFT("Đang soạn"),
    SUBMITTED_ON_TIME("Đã nộp đúng hạn"),
    SUBMITTED_LATE("Đã nộp muộn"),
    RETURNED("Bị trả lại"),
    RESUBMITTED("Đã nộp lại"),
    ACCEPTED("Đã tiếp nhận"),
    /** Nothing submitted and the deadline in force has passed. */
    OVERDUE("Quá hạn");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    /** Vietnamese label for documents. */
    public String label() {
        return label;
    }

    public boolean submitted() {
        return this == SUBMITTED_ON_TIME || this == SUBMITTED_LATE || this == RETURNED || this == RESUBMITTED
                || this == ACCEPTED;
    }
}
