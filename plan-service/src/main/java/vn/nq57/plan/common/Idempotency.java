package vn.nq57.plan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.Problem;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.problem.ProblemResponses;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.validation.TextRules;

/**
 * {@code Idempotency-Key} on POSTs, insert-first: the key row (unique per caller and key) is
 * committed before the work starts, so of two concurrent requests with one key only one does the
 * work; the other answers 409 while it runs and the stored answer (status, body, Location, ETag)
 * afterwards. The same key on another request (method, path or body) answers 422. A failed attempt
 * (an error or a status of 300 or more) releases its key, so a corrected retry goes through.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;
    static final String REUSED_TYPE = ProblemKind.TYPE_PREFIX + "idempotency-key-reused";

    /**
     * Owns the key when it is new, or when an earlier owner started the same request longer ago than
     * the lease (it crashed before recording its answer); answers a row only then.
     */
    private static final String CLAIM = """
            INSERT INTO idempotency_key (subject, key, request) VALUES ($1, $2, $3)
            ON CONFLICT (subject, key) DO UPDATE SET started_at = now(), created_at = now()
             WHERE idempotency_key.status IS NULL AND idempotency_key.request = EXCLUDED.request
               AND idempotency_key.started_at < now() - make_interval(secs => $4)
            RETURNING key""";

    @Inject
    Pool pool;

    @Inject
    HttpServerRequest request;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "nq57.idempotency.retention-hours", defaultValue = "48")
    int retentionHours;

    @ConfigProperty(name = "nq57.idempotency.lease-seconds", defaultValue = "600")
    int leaseSeconds;

    /**
     * Runs {@code action} once per caller and key.
     *
     * @param key           the header as the resource received it (null when absent or empty)
     * @param methodAndPath with {@code body}, what the key stands for: the same key on another request is 422
     * @param body          the request body (a record, or the CSV text), null when there is none
     */
    public Uni<Response> run(Caller caller, String key, String methodAndPath, Object body,
            Supplier<Uni<Response>> action) {
        // An empty header reaches the parameter as null: it is still a (blank) key, not no key.
        String sent = key != null ? key : request.getHeader(HEADER);
        if (sent == null) {
            return action.get();
        }
        check(sent);
        String subject = caller.subject() == null ? "" : caller.subject();
        String request = methodAndPath + " " + fingerprint(body);
        return pool.preparedQuery(CLAIM).execute(Tuple.of(subject, key, request, leaseSeconds))
                .flatMap(claimed -> claimed.size() > 0
                        ? perform(subject, key, action)
                        : stored(subject, key, request));
    }

    private static void check(String key) {
        if (key.isBlank()) {
            throw ProblemException.invalid(HEADER, "must not be blank (send no header to go without)");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        if (!TextRules.isPlain(key)) {
            throw ProblemException.invalid(HEADER, "must not contain control characters");
        }
    }

    private Uni<Response> perform(String subject, String key, Supplier<Uni<Response>> action) {
        Uni<Response> work;
        try {
            work = action.get();
        } catch (RuntimeException e) {
            work = Uni.createFrom().failure(e);
        }
        return work
                .call(response -> response.getStatus() < 300 ? remember(subject, key, response) : release(subject, key))
                .onFailure().call(error -> release(subject, key));
    }

    private Uni<Response> stored(String subject, String key, String request) {
        return pool.preparedQuery("SELECT request, status, body, location, etag FROM idempotency_key "
                        + "WHERE subject = $1 AND key = $2").execute(Tuple.of(subject, key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        // The first attempt failed and released the key between our claim and this read.
                        throw new ProblemException(ProblemKind.CONFLICT, "A request with this " + HEADER
                                + " has just finished without an answer to replay; send it again");
                    }
                    Row row = rows.iterator().next();
                    if (!row.getString("request").equals(request)) {
                        return reused(key);
                    }
                    if (row.getInteger("status") == null) {
                        throw new ProblemException(ProblemKind.CONFLICT, "A request with this " + HEADER
                                + " is in progress; retry when it has finished to receive its answer");
                    }
                    return replay(row);
                });
    }

    private static Response reused(String key) {
        return ProblemResponses.of(new Problem(REUSED_TYPE, "Khóa Idempotency-Key đã được dùng cho yêu cầu khác", 422,
                HEADER + " " + key + " was used for a different request (method, path or body); use a new key",
                null, List.of(new FieldError(HEADER, "already used for a different request"))));
    }

    private static Response replay(Row row) {
        Response.ResponseBuilder builder = Response.status(row.getInteger("status"));
        if (row.getString("body") != null) {
            builder.entity(row.getString("body")).type(MediaType.APPLICATION_JSON);
        }
        if (row.getString("location") != null) {
            builder.header(HttpHeaders.LOCATION, row.getString("location"));
        }
        if (row.getString("etag") != null) {
            builder.header(HttpHeaders.ETAG, row.getString("etag"));
        }
        return builder.header("Idempotent-Replayed", "true").build();
    }

    private Uni<Void> remember(String subject, String key, Response response) {
        String body;
        try {
            body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot remember the response to key " + key, e);
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        return pool.preparedQuery("UPDATE idempotency_key SET status = $3, body = $4, location = $5, etag = $6 "
                        + "WHERE subject = $1 AND key = $2")
                .execute(Tuple.of(subject, key, response.getStatus()).addString(body)
                        .addString(location == null ? null : location.toString())
                        .addString(etag == null ? null : etag.toString()))
                .replaceWithVoid();
    }

    private Uni<Void> release(String subject, String key) {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE subject = $1 AND key = $2 AND status IS NULL")
                .execute(Tuple.of(subject, key)).replaceWithVoid();
    }

    /** SHA-256 of the body as JSON (a CSV body as is): equal requests give equal fingerprints. */
    private String fingerprint(Object body) {
        if (body == null) {
            return "-";
        }
        try {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request body", e);
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)")
                .execute(Tuple.of(retentionHours)).replaceWithVoid();
    }
}
