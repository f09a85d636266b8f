package vn.nq57.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.validation.TextRules;
import vn.nq57.support.idempotency.IdempotencyStorage.StoredAnswer;
import vn.nq57.support.idempotency.IdempotencyStorage.StoredKey;

/**
 * The {@code Idempotency-Key} rules of every service, insert-first: the key is claimed before the
 * work starts, so of two concurrent requests with one key only one does the work.
 * <ul>
 * <li>no header: the work runs, nothing is remembered;</li>
 * <li>a blank key, one longer than {@value #MAX_KEY_LENGTH} characters or one with control
 * characters: 400 naming {@code Idempotency-Key};</li>
 * <li>the same key and the same request (method, path, body) after it has been answered: the stored
 * status, body, Location and ETag, with {@code Idempotent-Replayed: true};</li>
 * <li>the same key on another request: 422 {@code idempotency-key-reused};</li>
 * <li>the same key while the first request still runs: 409;</li>
 * <li>a failed attempt (an error, or a status of 300 or more) releases its key.</li>
 * </ul>
 * Answers are frozen to their JSON text once, so that the first answer and a replay are the same bytes.
 */
public class IdempotencyRules {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStorage storage;
    private final ObjectMapper json;

    public IdempotencyRules(IdempotencyStorage storage, ObjectMapper json) {
        this.storage = storage;
        this.json = json;
    }

    /**
     * Runs {@code action} once per subject and key.
     *
     * @param subject       the caller (token subject); keys of different callers never meet
     * @param key           the header as sent: null when absent, possibly blank
     * @param methodAndPath with {@code body}, what the key stands for
     * @param body          the request body (a record, text or bytes), null when there is none
     */
    public Uni<Response> run(String subject, String key, String methodAndPath, Object body,
            Supplier<Uni<Response>> action) {
        if (key == null) {
            return start(action).map(this::freeze);
        }
        check(key);
        String owner = subject == null ? "" : subject;
        String request = methodAndPath + " " + fingerprint(body);
        return storage.claim(owner, key, request)
                .flatMap(claimed -> claimed ? perform(owner, key, action) : stored(owner, key, request));
    }

    static void check(String key) {
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

    private static Uni<Response> start(Supplier<Uni<Response>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private Uni<Response> perform(String subject, String key, Supplier<Uni<Response>> action) {
        return start(action).map(this::freeze)
                .call(response -> response.getStatus() < 300
                        ? storage.complete(subject, key, answer(response))
                        : storage.release(subject, key))
                .onFailure().call(error -> storage.release(subject, key));
    }

    private Uni<Response> stored(String subject, String key, String request) {
        return storage.find(subject, key).map(stored -> {
            if (stored == null) {
                // The first attempt failed and released the key between our claim and this read.
                throw new ProblemException(ProblemKind.CONFLICT, "A request with this " + HEADER
                        + " has just finished without an answer to replay; send it again");
            }
            if (!request.equals(stored.request())) {
                throw new ProblemException(ProblemKind.IDEMPOTENCY_KEY_REUSED, HEADER + " " + key
                        + " was used for a different request (method, path or body); use a new key",
                        List.of(new FieldError(HEADER, "already used for a different request")));
            }
            if (stored.answer() == null) {
                throw new ProblemException(ProblemKind.CONFLICT, "A request with this " + HEADER
                        + " is in progress; retry when it has finished to receive its answer");
            }
            return replay(stored.answer());
        });
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status());
        if (answer.body() != null) {
            builder.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.location() != null) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            builder.header(HttpHeaders.ETAG, answer.etag());
        }
        return builder.header(REPLAYED, "true").build();
    }

    private static StoredAnswer answer(Response response) {
        return new StoredAnswer(response.getStatus(), (String) response.getEntity(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
    }

    /** The same response with its entity written to JSON once (errors keep their problem+json as they are). */
    private Response freeze(Response response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof String || response.getStatus() >= 300) {
            return response;
        }
        try {
            return Response.fromResponse(response).entity(json.writeValueAsString(entity))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the response", e);
        }
    }

    /**
     * The SHA-256 of the body as JSON (a text body as is, a file's bytes as they are). A record's JSON text
     * is encoded into the digest as it is written, as UTF-8 by a writer: Jackson's own UTF-8 output
     * would escape a character outside the BMP, and the key would no longer match one stored before.
     */
    private String fingerprint(Object body) {
        if (body == null) {
            return "-";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (body instanceof byte[] raw) {
                digest.update(raw);
            } else if (body instanceof String text) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            } else {
                json.writeValue(new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
                        StandardCharsets.UTF_8), body);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request body", e);
        }
    }
}
