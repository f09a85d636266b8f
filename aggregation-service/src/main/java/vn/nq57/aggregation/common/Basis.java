package vn.nq57.aggregation.common;

/** Which report versions count in a roll-up. */
public enum Basis {
    /** Only versions a reviewer accepted. */
    ACCEPTED,
    /** The latest version each unit submitted, whatever its review state. */
    LATEST_SUBMITTED
}
