package vn.nq57.contracts.events;

/** CloudEvents {@code source} attribute of each publishing service. */
public final class EventSources {
    public static final String PLAN_SERVICE = "urn:nq57:plan-service";
    public static final String SUBMISSION_SERVICE = "urn:nq57:submission-service";

    private EventSources() {
    }
}
