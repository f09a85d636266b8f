package vn.nq57.reportimport;

/** How exact a figure is as written: "28", "hơn 20", "gần 200", "125 – 130", "5.010/5.092". */
public enum Qualifier { EXACT, AT_LEAST, ABOUT, RANGE, RATIO }
