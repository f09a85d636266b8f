package vn.nq57.contracts.events;

/** What an indicator (chỉ tiêu) measures. */
public enum IndicatorKind {
    COUNT, PERCENTAGE, RATIO, AMOUNT, TEXT
}
