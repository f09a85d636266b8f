package vn.nq57.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Two writers at once: If-Match and Idempotency-Key hold under a real race, not only in sequence. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc,smtp"),
    @ResourceArg(name = "database", value = "notification")})
class ContactConcurrencyTest {

    private static final int ROUNDS = 6;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static Map<String, Object> contact(String unit, String name) {
        return Map.of("scope", "UNIT", "unitCode", unit, "name", name, "email", "ubnd." + unit + "@haiphong.test",
                "channels", List.of("EMAIL"));
    }

    /** Runs both calls released by one barrier, so they overlap as far as the machine allows. */
    private static List<Response> together(Supplier<Response> a, Supplier<Response> b) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (Supplier<Response> call : List.of(a, b)) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }, POOL));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static String newUnit() {
        String unit = Fixtures.newUnitCode();
        Fixtures.unit(unit, "Phường Đồng Thời " + unit, OffsetDateTime.now());
        Fixtures.officer(unit, "first." + unit + "@haiphong.test", null);
        return unit;
    }

    @Test
    void ofTwoPutsWithTheSameETagExactlyOneWins() {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        for (int round = 0; round < ROUNDS; round++) {
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(contact(unit, "Bản đầu"))
                    .when().post("/api/v1/contacts").then().statusCode(201).extract().path("id");
            Supplier<Response> put = () -> given().auth().oauth2(token).header("If-Match", "\"1\"")
                    .contentType(ContentType.JSON).body(contact(unit, "Bản của " + Thread.currentThread().getName()))
                    .when().put("/api/v1/contacts/" + id);
            List<Integer> statuses = together(put, put).stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 412), statuses, "round " + round);
            given().auth().oauth2(token).when().get("/api/v1/contacts/" + id).then().statusCode(200)
                    .header("ETag", "\"2\"");
        }
    }

    @Test
    void twoPostsWithOneIdempotencyKeyCreateOneContact() {
        String unit = newUnit();
        String token = TestTokens.unitOfficer(unit);
        for (int round = 0; round < ROUNDS; round++) {
            int before = given().auth().oauth2(token).when().get("/api/v1/contacts").then().statusCode(200)
                    .extract().path("total");
            String key = UUID.randomUUID().toString();
            Supplier<Response> post = () -> given().auth().oauth2(token).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(contact(unit, "Một lần")).when().post("/api/v1/contacts");
            List<Response> answers = together(post, post);
            List<String> created = new ArrayList<>();
            for (Response answer : answers) {
                assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409,
                        () -> "round answered " + answer.statusCode() + ": " + answer.asString());
                if (answer.statusCode() == 201) {
                    created.add(answer.path("id"));
                }
                if (answer.statusCode() == 409) {
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                }
            }
            assertTrue(!created.isEmpty() && created.stream().distinct().count() == 1, () -> "ids " + created);
            given().auth().oauth2(token).when().get("/api/v1/contacts").then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(before + 1));
            // after the first finished, the key replays its answer
            given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(contact(unit, "Một lần")).when().post("/api/v1/contacts")
                    .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(created.get(0)));
        }
    }
}
