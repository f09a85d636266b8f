package vn.nq57.notification.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;
import vn.nq57.contracts.validation.TextRules;

/**
 * Runs a creating POST at most once per (caller, Idempotency-Key). Insert-first: the key is claimed
 * in the store (committed, in flight) before the work runs, so of two concurrent requests with one
 * key only one does the work; the other gets 409 while it runs and, afterwards, the first answer
 * replayed whole (status, body, Location, ETag). A failed work releases the key, so the client may
 * retry; so does a claim left behind by an instance that died mid-request, after five minutes.
 * A present but blank key is refused with 400 (no header means no idempotency); the same key on
 * another request (method, path or body) answers 422. The rules are docs/api-conventions.md's.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final String REUSED_TYPE = ProblemKind.TYPE_PREFIX + "idempotency-key-reused";
    private static final int MAX_KEY_LENGTH = 200;
    /** An in-flight claim this old belongs to a request that died with its instance; it is released. */
    private static final Duration ABANDONED = Duration.ofMinutes(5);

    private final IdempotencyStore store;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    Idempotency(IdempotencyStore store, HttpServerRequest request, ObjectMapper json) {
        this.store = store;
        this.request = request;
        this.json = json;
    }

    /**
     * @param caller the token subject: keys are per caller
     * @param scope  what the key is for (e.g. {@code contacts}), so one key on two endpoints never collides
     * @param body   the request body, fingerprinted: the same key with another body is 422
     */
    public Uni<Response> once(String caller, String scope, Object body, Supplier<Uni<Response>> work) {
        String sent = request.getHeader(HEADER);
        if (sent == null) {
            return Uni.createFrom().deferred(work::get);
        }
        if (sent.isBlank() || sent.length() > MAX_KEY_LENGTH || !TextRules.isPlain(sent)) {
            return Uni.createFrom().failure(ProblemException.invalid(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " plain characters, not blank (send no header to go without)"));
        }
        String key = scope + ":" + sent;
        String fingerprint = request.method().name() + " " + request.path() + " " + fingerprint(body);
        return store.claim(caller, key, fingerprint, ABANDONED)
                .chain(owned -> owned ? perform(caller, key, work) : replay(caller, key, fingerprint));
    }

    private Uni<Response> perform(String caller, String key, Supplier<Uni<Response>> work) {
        return Uni.createFrom().deferred(work::get)
                .call(response -> response.getStatus() < 300
                        ? store.remember(caller, key, answerOf(response))
                        : store.release(caller, key))
                .onFailure().call(error -> store.release(caller, key));
    }

    private Uni<Response> replay(String caller, String key, String fingerprint) {
        return store.find(caller, key).map(found -> {
            // A key claimed before requests were fingerprinted (no request kept) is not compared.
            if (found.isPresent() && found.get().request() != null && !found.get().request().equals(fingerprint)) {
                return ProblemResponses.of(new Problem(REUSED_TYPE, "Khóa Idempotency-Key đã được dùng cho yêu cầu khác",
                        422, HEADER + " was used for a different request (method, path or body); use a new key", null,
                        List.of(new FieldError(HEADER, "already used for a different request"))));
            }
            if (found.isEmpty() || found.get().inFlight()) {
                throw new ProblemException(ProblemKind.CONFLICT,
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            IdempotencyStore.Answer answer = found.get();
            Response.ResponseBuilder builder = Response.status(answer.status()).header("Idempotent-Replayed", "true");
            if (answer.body() != null) {
                builder.entity(answer.body()).type(MediaType.APPLICATION_JSON);
            }
            if (answer.location() != null) {
                builder.header(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.etag() != null) {
                builder.header(HttpHeaders.ETAG, answer.etag());
            }
            return builder.build();
        });
    }

    private IdempotencyStore.Answer answerOf(Response response) {
        String body;
        try {
            body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the answer to an idempotent request", e);
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        return new IdempotencyStore.Answer(null, response.getStatus(), body, location == null ? null : location.toString(),
                etag == null ? null : etag.toString());
    }

    private String fingerprint(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request body", e);
        }
    }
}
