package vn.nq57.contracts.events;

/** Lifecycle of a plan version (Kế hoạch). */
public enum PlanStatus {
    DRAFT,
    /** Ban hành: number fixed, content immutable. */
    ISSUED,
    /** Replaced by a newer version of the same plan. */
    AMENDED,
    /** Replaced by another plan. */
    SUPERSEDED,
    CLOSED
}
