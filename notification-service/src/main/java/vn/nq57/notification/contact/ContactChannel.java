package vn.nq57.notification.contact;

/** Channels a contact prefers. */
public enum ContactChannel {
    /** Email through SMTP to {@code email}. */
    EMAIL,
    /** In-app inbox of the user {@code userId}. */
    INBOX
}
