package vn.nq57.contracts.events;

/** Kafka topics. The suffix is the contract version: a breaking payload change gets a new topic. */
public final class Topics {
    public static final String UNITS = "nq57.units.v1";
    public static final String PLANS = "nq57.plans.v1";
    public static final String ROUNDS = "nq57.rounds.v1";
    public static final String REPORTS = "nq57.reports.v1";

    /** Where a consumer parks a record it cannot apply: {@code <topic>.dlq}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
