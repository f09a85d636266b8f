package vn.nq57.aggregation.ingest;

/** What became of one consumed event. */
public enum Outcome {
    /** The read models changed. */
    APPLIED,
    /** A revision not newer than what is held: recorded, nothing changed. */
    STALE,
    /** The event id was processed before (redelivery or replay). */
    DUPLICATE,
    /** A type this service does not use, or one that does not belong on the topic. */
    SKIPPED,
    /** Not a CloudEvents envelope, or a payload that does not decode. */
    MALFORMED
}
