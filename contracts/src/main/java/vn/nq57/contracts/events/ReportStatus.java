package vn.nq57.contracts.events;

/** Workflow state of a progress report (báo cáo). A withdrawn submission is a DRAFT again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED
}
