package vn.nq57.contracts.events;

/** How exact a reported number is, as units write it. */
public enum Qualifier {
    /** "28 buổi". */
    EXACT,
    /** "hơn 1.500", "trên 200": a lower bound. */
    AT_LEAST,
    /** "gần 200", "khoảng 71.000": an estimate. */
    ABOUT,
    /** "125 – 130": min and max. */
    RANGE,
    /** "5.010/5.092": numerator and denominator. */
    RATIO
}
