package vn.nq57.aggregation.rollup;

/** Why a value was flagged. */
public enum OutlierKind {
    /** Far from the units of the same type in the same round. */
    PEERS,
    /** Far from the unit's own values of earlier rounds. */
    HISTORY,
    /** A rate at 100% where the peers of the same type report far lower. */
    FULL_RATIO
}
