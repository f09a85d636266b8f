package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.within1s;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class RebuildTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    private static String get(String path) {
        return given().auth().oauth2(TestTokens.cityAdmin()).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameNumbers() {
        clock.set(vn("2025-12-04T08:00:00"));
        UUID id = RollupTest.reportedRound();
        within1s(() -> RollupTest.indicators(id, TestTokens.cityAdmin(), null).statusCode(200)
                .body("indicators[0].reportedBy", equalTo(3)));
        String base = "/api/v1/aggregation/rounds/" + id;
        List<String> paths = List.of(base + "/status", base + "/indicators", base + "/indicators?basis=ACCEPTED",
                base + "/difficulties", "/api/v1/aggregation/rounds?size=200");
        List<String> before = paths.stream().map(RebuildTest::get).toList();

        given().auth().oauth2(TestTokens.cityStaff()).post("/api/v1/aggregation/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).post("/api/v1/aggregation/rebuild").then().statusCode(403);
        given().post("/api/v1/aggregation/rebuild").then().statusCode(401);

        given().auth().oauth2(TestTokens.cityAdmin()).post("/api/v1/aggregation/rebuild").then().statusCode(200)
                .body("eventsRead", greaterThan(10))
                .body("applied", greaterThan(0))
                .body("duplicates", greaterThanOrEqualTo(1))
                .body("stale", greaterThanOrEqualTo(1));

        List<String> after = paths.stream().map(RebuildTest::get).toList();
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(before.get(i), after.get(i), paths.get(i));
        }
    }
}
