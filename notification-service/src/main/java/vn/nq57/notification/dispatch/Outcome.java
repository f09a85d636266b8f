package vn.nq57.notification.dispatch;

/** The result of one try. */
public record Outcome(boolean sent, Integer status, String error) {

    public static Outcome ok(Integer status) {
        return new Outcome(true, status, null);
    }

    public static Outcome failed(Integer status, String error) {
        return new Outcome(false, status, error == null ? "unknown error" : error.length() > 1900 ? error.substring(0, 1900) : error);
    }
}
