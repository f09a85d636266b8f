package vn.nq57.notification.contact;

/** Whose contact it is: a unit's officer or a city department's staff member. */
public enum ContactScope {
    UNIT, DEPARTMENT
}
