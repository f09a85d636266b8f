package vn.nq57.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.support.idempotency.IdempotencyRules;
import vn.nq57.support.idempotency.IdempotencyStorage;

/**
 * The Idempotency-Key rules once, for every service: the storages (PostgreSQL, MongoDB) only keep
 * keys, and their services' tests run these rules against the real stores.
 */
class IdempotencyRulesTest {

    private final MemoryStorage storage = new MemoryStorage();
    private final IdempotencyRules rules = new IdempotencyRules(storage, new ObjectMapper());
    private final AtomicInteger runs = new AtomicInteger();

    record Created(String id, String title) {
    }

    private Response created() {
        int n = runs.incrementAndGet();
        return Response.created(URI.create("/api/v1/things/" + n)).tag(new EntityTag("\"" + n + "\""))
                .entity(new Created(String.valueOf(n), "Kế hoạch số " + n)).build();
    }

    private Response run(String subject, String key, String path, Object body) {
        return rules.run(subject, key, path, body, () -> Uni.createFrom().item(this::created)).await().indefinitely();
    }

    private static ProblemException problem(Runnable request) {
        return assertThrows(ProblemException.class, request::run);
    }

    @Test
    void withoutKeyEveryRequestRuns() {
        run("u1", null, "POST /things", Map.of("a", 1));
        run("u1", null, "POST /things", Map.of("a", 1));
        assertEquals(2, runs.get());
        assertTrue(storage.keys.isEmpty());
    }

    @Test
    void blankTooLongOrControlKeysAre400NamingTheHeaderAndRunNothing() {
        for (String bad : List.of("", "   ", "x".repeat(IdempotencyRules.MAX_KEY_LENGTH + 1), "abc\u0000", "a\u0007b")) {
            ProblemException refused = problem(() -> run("u1", bad, "POST /things", null));
            assertEquals(ProblemKind.VALIDATION, refused.kind());
            assertEquals(IdempotencyRules.HEADER, refused.toProblem().errors().get(0).field());
        }
        assertEquals(0, runs.get());
        assertEquals(201, run("u1", "x".repeat(IdempotencyRules.MAX_KEY_LENGTH), "POST /things", null).getStatus());
    }

    @Test
    void sameKeyAndRequestReplaysStatusBodyLocationAndEtag() {
        Response first = run("u1", "k1", "POST /things", Map.of("title", "Tuyên truyền"));
        Response again = run("u1", "k1", "POST /things", Map.of("title", "Tuyên truyền"));
        assertEquals(1, runs.get());
        assertEquals(201, again.getStatus());
        assertEquals(first.getEntity(), again.getEntity());
        assertEquals("{\"id\":\"1\",\"title\":\"Kế hoạch số 1\"}", again.getEntity());
        assertEquals("/api/v1/things/1", again.getHeaderString(HttpHeaders.LOCATION));
        assertEquals(first.getHeaderString(HttpHeaders.ETAG), again.getHeaderString(HttpHeaders.ETAG));
        assertEquals("true", again.getHeaderString(IdempotencyRules.REPLAYED));
        assertNull(first.getHeaderString(IdempotencyRules.REPLAYED));
    }

    @Test
    void sameKeyOnAnotherRequestIs422() {
        run("u1", "k1", "POST /things", Map.of("title", "A"));
        for (Runnable other : List.<Runnable>of(() -> run("u1", "k1", "POST /things", Map.of("title", "B")),
                () -> run("u1", "k1", "POST /others", Map.of("title", "A")),
                () -> run("u1", "k1", "POST /things", null))) {
            ProblemException refused = problem(other);
            assertEquals(ProblemKind.IDEMPOTENCY_KEY_REUSED, refused.kind());
            assertEquals(422, refused.kind().status());
            assertEquals("urn:nq57:problem:idempotency-key-reused", refused.toProblem().type());
        }
        assertEquals(1, runs.get());
    }

    /**
     * A key stands for the SHA-256 of the body's JSON text in UTF-8, whichever way it is computed: keys
     * stored before the body was streamed into the digest still match their retries.
     */
    @Test
    void aKeyStandsForTheSha256OfTheBodysJsonText() throws Exception {
        Map<String, Object> body = Map.of("title", "Báo cáo kết quả thực hiện Nghị quyết 57 \uD83D\uDE80", "n", 57);
        run("u1", "k-fingerprint", "POST /things", body);

        byte[] text = new ObjectMapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        assertEquals("POST /things " + expected, storage.keys.get("u1|k-fingerprint").request());
    }

    @Test
    void keysOfDifferentCallersNeverMeet() {
        run("u1", "k1", "POST /things", null);
        run("u2", "k1", "POST /things", null);
        assertEquals(2, runs.get());
    }

    @Test
    void retryWhileTheFirstRunsIs409AndTheAnswerAfterwards() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Response> first = pool.submit(() -> rules.run("u1", "k1", "POST /things", null, () -> {
                started.countDown();
                await(finish);
                return Uni.createFrom().item(this::created);
            }).await().indefinitely());
            assertTrue(started.await(10, TimeUnit.SECONDS));
            ProblemException busy = problem(() -> run("u1", "k1", "POST /things", null));
            assertEquals(ProblemKind.CONFLICT, busy.kind());
            finish.countDown();
            assertEquals(201, first.get(10, TimeUnit.SECONDS).getStatus());
            assertEquals("true", run("u1", "k1", "POST /things", null).getHeaderString(IdempotencyRules.REPLAYED));
            assertEquals(1, runs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDuplicatesRunOnce() throws Exception {
        int callers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    await(go);
                    try {
                        return run("u1", "same", "POST /things", Map.of("title", "A")).getStatus();
                    } catch (ProblemException e) {
                        return e.kind().status();
                    }
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                int status = answer.get(20, TimeUnit.SECONDS);
                assertTrue(status == 201 || status == 409, "status " + status);
            }
            assertEquals(1, runs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedAttemptReleasesItsKey() {
        assertThrows(IllegalStateException.class, () -> rules.run("u1", "k1", "POST /things", null,
                () -> { throw new IllegalStateException("boom"); }).await().indefinitely());
        Response refused = rules.run("u1", "k1", "POST /things", null,
                () -> Uni.createFrom().item(Response.status(409).build())).await().indefinitely();
        assertEquals(409, refused.getStatus());
        assertTrue(storage.keys.isEmpty());
        assertEquals(201, run("u1", "k1", "POST /things", null).getStatus());
        assertEquals(1, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keys in a map: {@code putIfAbsent} is the insert-first claim. */
    static final class MemoryStorage implements IdempotencyStorage {
        final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

        @Override
        public Uni<Boolean> claim(String subject, String key, String request) {
            return Uni.createFrom().item(() -> keys.putIfAbsent(subject + "|" + key, new StoredKey(request, null)) == null);
        }

        @Override
        public Uni<StoredKey> find(String subject, String key) {
            return Uni.createFrom().item(() -> keys.get(subject + "|" + key));
        }

        @Override
        public Uni<Void> complete(String subject, String key, StoredAnswer answer) {
            return Uni.createFrom().item(() -> keys.computeIfPresent(subject + "|" + key,
                    (k, v) -> new StoredKey(v.request(), answer))).replaceWithVoid();
        }

        @Override
        public Uni<Void> release(String subject, String key) {
            return Uni.createFrom().item(() -> keys.computeIfPresent(subject + "|" + key,
                    (k, v) -> v.answer() == null ? null : v)).replaceWithVoid();
        }
    }
}
