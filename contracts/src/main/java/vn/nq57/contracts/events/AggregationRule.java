package vn.nq57.contracts.events;

/** How the city rolls an indicator up across units. */
public enum AggregationRule {
    SUM, AVERAGE, MIN, MAX,
    /** Sum of numerators over sum of denominators: keeps 5.010/5.092 exact. */
    RATIO_OF_SUMS,
    /** Text indicators are listed, not computed. */
    NONE
}
