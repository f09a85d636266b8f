package vn.nq57.notification.idempotency;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the first answer to each (caller, Idempotency-Key) is kept. Small on purpose, so that the
 * store can move to a shared module with the other services' without touching {@link Idempotency}.
 */
public interface IdempotencyStore {

    /**
     * The first answer; {@code status} 0 while the first request is still running. {@code request}
     * is what the key stood for (method, path, body fingerprint).
     */
    record Answer(String request, int status, String body, String location, String etag) {

        public boolean inFlight() {
            return status == 0;
        }
    }

    /**
     * Claims the key for a request about to run; true when this request owns it (the key is new, or
     * its owner started longer than {@code abandonedAfter} ago and never answered: it died).
     */
    Uni<Boolean> claim(String caller, String key, String request, Duration abandonedAfter);

    Uni<Optional<Answer>> find(String caller, String key);

    Uni<Void> remember(String caller, String key, Answer answer);

    /** Frees a claimed key whose request failed, so that the client may retry it. */
    Uni<Void> release(String caller, String key);
}
