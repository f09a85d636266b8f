package vn.nq57.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Idempotency-Key: insert-first, so concurrent requests with one key do the work once. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "plan")})
class IdempotencyTest {

    private static final String OFFICER_SUBJECT = "officer-" + DemoData.PHU_LIEN;

    @Inject
    Pool pool;

    private static Response post(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.unitOfficer(DemoData.PHU_LIEN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/plans");
    }

    private static int plansTitled(String marker) {
        return given().auth().oauth2(TestTokens.unitOfficer(DemoData.PHU_LIEN)).queryParam("q", marker)
                .when().get("/api/v1/plans").then().statusCode(200).extract().path("total");
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneDraft() throws Exception {
        for (int round = 0; round < 3; round++) {
            String marker = "dong thoi " + UUID.randomUUID();
            Map<String, Object> body = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch gửi đồng thời " + marker);
            String key = UUID.randomUUID().toString();
            int parallel = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService executor = Executors.newFixedThreadPool(parallel);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                sent.add(executor.submit(() -> {
                    start.await();
                    return post(key, body);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : sent) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            executor.shutdown();

            Set<Integer> statuses = answers.stream().map(Response::statusCode).collect(Collectors.toSet());
            assertTrue(Set.of(201, 409).containsAll(statuses), "only 201 and 409 expected, got " + statuses);
            List<Response> created = answers.stream().filter(r -> r.statusCode() == 201).toList();
            assertTrue(!created.isEmpty(), "one request must have done the work");
            Set<String> ids = created.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every 201 names the same draft");
            answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> r.then()
                    .contentType("application/problem+json").body("detail", containsString("in progress")));
            assertEquals(1, plansTitled(marker), "exactly one draft was stored");

            Response replay = post(key, body);
            replay.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(ids.iterator().next()));
            Response original = created.stream().filter(r -> r.header("Idempotent-Replayed") == null).findFirst()
                    .orElseThrow();
            assertEquals(original.header("Location"), replay.header("Location"));
            assertEquals(original.header("ETag"), replay.header("ETag"));
        }
    }

    @Test
    void aKeyInProgressAnswers409AndItsRequestIsNotRunTwice() {
        String key = UUID.randomUUID().toString();
        String marker = "dang xu ly " + UUID.randomUUID();
        Map<String, Object> body = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch đang xử lý " + marker);
        // The first attempt with this key is recorded first, as a running request leaves it.
        Response first = post(key, body);
        first.then().statusCode(201);
        pool.preparedQuery("UPDATE idempotency_key SET status = NULL, body = NULL, started_at = now() "
                + "WHERE subject = $1 AND key = $2").execute(Tuple.of(OFFICER_SUBJECT, key)).await().indefinitely();
        post(key, body).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:conflict")).body("detail", containsString("in progress"));
        assertEquals(1, plansTitled(marker));
    }

    @Test
    void blankReusedAndFailedKeys() {
        String marker = "khoa " + UUID.randomUUID();
        Map<String, Object> body = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch khóa " + marker);
        post(" ", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post("x".repeat(201), body).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, plansTitled(marker));

        String key = UUID.randomUUID().toString();
        // Refused by the service (after the key was taken): a parent plan that does not exist.
        Map<String, Object> wrong = new HashMap<>(body);
        wrong.put("parentPlanId", UUID.randomUUID().toString());
        post(key, wrong).then().statusCode(400).body("errors[0].field", equalTo("parentPlanId"));
        // A failed attempt keeps nothing: the corrected request with the same key goes through once.
        Response created = post(key, body);
        created.then().statusCode(201);
        Map<String, Object> other = Plans.draft(DemoData.PHU_LIEN, "Kế hoạch khác " + marker);
        post(key, other).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(TestTokens.unitOfficer(DemoData.PHU_LIEN)).header("Idempotency-Key", key)
                .when().post("/api/v1/plans/" + created.path("id") + "/close")
                .then().statusCode(422);
        assertEquals(1, plansTitled(marker));
    }
}
