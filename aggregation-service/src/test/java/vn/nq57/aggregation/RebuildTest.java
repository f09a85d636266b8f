package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.ingest.RebuildService;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class RebuildTest {

    private static final String REBUILD = "/api/v1/aggregation/rebuild";

    @Inject
    TestClock clock;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    private static String get(String path) {
        return given().auth().oauth2(TestTokens.cityAdmin()).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameNumbersAndGoesPastAPoisonRecord() {
        clock.set(vn("2025-12-04T08:00:00"));
        UUID id = RollupTest.reportedRound();
        UUID poisoned = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(poisoned, List.of(PHU_LIEN), vn("2025-12-03T17:00:00"), List.of(), 1));
        String poison = DeadLetterTest.poisonReport(poisoned, PHU_LIEN, 1).id();
        eventually(() -> RollupTest.indicators(id, TestTokens.cityAdmin(), null).statusCode(200)
                .body("indicators[0].reportedBy", equalTo(3)));
        DeadLetters.await(Topics.REPORTS, poison, DeadLetterTest.PATIENCE);
        String base = "/api/v1/aggregation/rounds/" + id;
        List<String> paths = List.of(base + "/status", base + "/indicators", base + "/indicators?basis=ACCEPTED",
                base + "/difficulties", "/api/v1/aggregation/rounds?size=200");
        List<String> before = paths.stream().map(RebuildTest::get).toList();

        given().auth().oauth2(TestTokens.platformOperator()).post(REBUILD).then().statusCode(200)
                .body("eventsRead", greaterThan(10))
                .body("applied", greaterThan(0))
                .body("duplicates", greaterThanOrEqualTo(1))
                .body("stale", greaterThanOrEqualTo(1))
                .body("failed", greaterThanOrEqualTo(1))
                .body("failedRecords", hasItem(startsWith(Topics.REPORTS + "-")));

        List<String> after = paths.stream().map(RebuildTest::get).toList();
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(before.get(i), after.get(i), paths.get(i));
        }
        DeadLetterTest.ready();
    }

    @Test
    void onlyAPlatformOperatorRebuilds() {
        for (String token : List.of(TestTokens.cityAdmin(), TestTokens.otherCityAdmin(), TestTokens.cityStaff(),
                TestTokens.integration(), TestTokens.unitOfficer(PHU_LIEN), TestTokens.noRole())) {
            given().auth().oauth2(token).post(REBUILD).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:nq57:problem:forbidden"));
        }
        given().post(REBUILD).then().statusCode(401);
    }

    @Test
    void aRebuildRunningOnAnotherReplicaAnswers409() throws Exception {
        try (Connection otherReplica = dataSource.getConnection()) {
            lock(otherReplica, "pg_advisory_lock");
            try {
                given().auth().oauth2(TestTokens.platformOperator()).post(REBUILD).then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:nq57:problem:conflict"));
            } finally {
                lock(otherReplica, "pg_advisory_unlock");
            }
        }
        given().auth().oauth2(TestTokens.platformOperator()).post(REBUILD).then().statusCode(200);
    }

    @Test
    void twoConcurrentRebuildsOneRunsTheOtherAnswers409() throws Exception {
        String token = TestTokens.platformOperator();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).post(REBUILD);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> call : calls) {
                statuses.add(call.get(5, TimeUnit.MINUTES).statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    private static void lock(Connection c, String function) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT " + function + "(?)")) {
            s.setLong(1, RebuildService.LOCK_KEY);
            s.executeQuery().close();
        }
    }
}
