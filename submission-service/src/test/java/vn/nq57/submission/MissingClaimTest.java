package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.contracts.security.Claims;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * Authorization closes when a claim is missing: a city or integration token without
 * {@code province_code} sees and changes nothing, an officer token without {@code unit_code} gets 403
 * and never its province's data.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class MissingClaimTest {

    private static UUID planId;
    private static String roundId;
    private static String reportId;
    private static String regimeId;

    @BeforeEach
    void once() {
        if (reportId == null) {
            planId = Fixtures.publishCityPlan();
            roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
            reportId = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
            regimeId = given().auth().oauth2(TestTokens.cityAdmin()).contentType("application/json")
                    .body(Map.of("planId", planId.toString(), "title", "Báo cáo quý", "request",
                            Map.of("numberSymbol", "4383/SKHCN-TTTT"), "frequency", "YEAR", "startsOn", "2099-01-01"))
                    .post("/api/v1/regimes").then().statusCode(201).extract().jsonPath().getString("regimeId");
        }
    }

    static String cityAdminWithoutProvince() {
        return TestTokens.token("admin-no-province", Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), Map.of());
    }

    static Stream<Arguments> reads() {
        String staff = TestTokens.token("staff-no-province", Set.of(Roles.CITY_STAFF), Map.of());
        String integration = TestTokens.token("egov-no-province", Set.of(Roles.INTEGRATION), Map.of());
        String officer = TestTokens.token("officer-no-unit", Set.of(Roles.UNIT_OFFICER),
                Map.of(Claims.PROVINCE_CODE, TestTokens.CITY));
        return Stream.of(staff, integration, officer, cityAdminWithoutProvince()).flatMap(token -> Stream.of(
                Arguments.of(token, "/api/v1/reports"),
                Arguments.of(token, "/api/v1/reports/{report}"),
                Arguments.of(token, "/api/v1/reports/{report}/versions"),
                Arguments.of(token, "/api/v1/reports/{report}/audit"),
                Arguments.of(token, "/api/v1/rounds"),
                Arguments.of(token, "/api/v1/rounds/{round}"),
                Arguments.of(token, "/api/v1/regimes"),
                Arguments.of(token, "/api/v1/regimes/{regime}")));
    }

    @ParameterizedTest(name = "GET {1}")
    @MethodSource("reads")
    void aTokenWithoutItsClaimReadsNothing(String token, String path) {
        given().auth().oauth2(token).get(resolved(path)).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin()).get(resolved(path)).then().statusCode(200);
    }

    @Test
    void aTokenWithoutItsClaimChangesNothing() {
        String admin = cityAdminWithoutProvince();
        String officer = TestTokens.token("officer-no-unit", Set.of(Roles.UNIT_OFFICER),
                Map.of(Claims.PROVINCE_CODE, TestTokens.CITY));
        List<Object[]> writes = List.of(
                new Object[] {admin, Method.POST, "/api/v1/rounds",
                        BadInput.json(Fixtures.roundBody(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3)))},
                new Object[] {admin, Method.POST, "/api/v1/regimes", BadInput.json(Map.of("planId", planId.toString(),
                        "title", "Báo cáo tháng", "request", Map.of("numberSymbol", "1/KH"), "frequency", "MONTH"))},
                new Object[] {admin, Method.PUT, "/api/v1/rounds/" + roundId + "/deadline",
                        BadInput.json(Map.of("dueAt", "2099-12-05T17:00:00+07:00"))},
                new Object[] {admin, Method.POST, "/api/v1/regimes/" + regimeId + "/deactivate", ""},
                new Object[] {admin, Method.POST, "/api/v1/reports/" + reportId + "/return",
                        BadInput.json(Map.of("comment", "Bổ sung"))},
                new Object[] {officer, Method.POST, "/api/v1/reports",
                        BadInput.json(Map.of("roundId", roundId, "unitCode", Fixtures.AN_HUNG))},
                new Object[] {officer, Method.PUT, "/api/v1/reports/" + reportId, BadInput.json(Map.of())});
        for (Object[] w : writes) {
            given().auth().oauth2((String) w[0]).contentType("application/json").header("If-Match", "\"1\"")
                    .body((String) w[3]).request((Method) w[1], (String) w[2])
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/rounds?planId=" + planId).then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/regimes/" + regimeId).then().body("active", equalTo(true));
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/reports/" + reportId).then().body("status", equalTo("DRAFT"));
    }

    private static String resolved(String path) {
        return path.replace("{report}", reportId).replace("{round}", roundId).replace("{regime}", regimeId);
    }
}
