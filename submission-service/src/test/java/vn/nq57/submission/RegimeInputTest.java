package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nq57.submission.BadInput.ABSENT;
import static vn.nq57.submission.BadInput.field;
import static vn.nq57.submission.BadInput.malformed;
import static vn.nq57.submission.BadInput.withJson;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The malformed-input catalogue of regime creation, unit codes and resubmission days included: each
 * bad request answers 4xx problem+json naming the field and the province has no more regimes after.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class RegimeInputTest {

    private static final String PLAN = "00000000-0000-4000-8000-0000000000bb";
    private static UUID planId;

    @BeforeEach
    void once() {
        if (planId == null) {
            planId = Fixtures.publishCityPlan();
            Fixtures.publishUnit(Fixtures.HA_NOI_UNIT, "Ba Đình", "01");
            // the local copies fill from Kafka: wait until a round on the plan can be opened with every unit
            Fixtures.openRound(Fixtures.roundBody(planId, java.time.OffsetDateTime.now().plusDays(3)));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.cityAdmin())
                    .contentType("application/json")
                    .body(BadInput.json(Map.of("planId", UUID.randomUUID().toString(), "title", "x",
                            "request", Map.of("numberSymbol", "1"), "period", Map.of("kind", "YEAR", "year", 2025),
                            "dueAt", "2025-12-03T17:00:00+07:00", "unitCodes", List.of(Fixtures.HA_NOI_UNIT))))
                    .post("/api/v1/rounds").asString().contains("not in province"));
        }
    }

    static Stream<BadInput> regimes() {
        Map<String, Object> b = Map.of("planId", PLAN, "title", "Báo cáo tháng tuyên truyền Nghị quyết 57-NQ/TW",
                "request", Map.of("numberSymbol", "4383/SKHCN-TTTT", "issuedOn", "2025-12-02"),
                "frequency", "MONTH", "deadlineWorkingDays", 2, "dueTime", "17:00", "resubmissionDays", 3,
                "unitCodes", Fixtures.UNITS);
        return Stream.of(
                malformed("not JSON", "{frequency: MONTH}"),
                field("no planId", withJson(b, "planId", ABSENT), "planId"),
                field("an unknown plan", withJson(b, "planId", UUID.randomUUID().toString()), "planId"),
                field("a title of 501 characters", withJson(b, "title", "t".repeat(501)), "title"),
                field("NUL in the title", withJson(b, "title", "Báo cáo\u0000"), "title"),
                field("a weekly frequency", withJson(b, "frequency", "WEEK"), "frequency"),
                field("a frequency of 21 characters", withJson(b, "frequency", "M".repeat(21)), "frequency"),
                field("0 working days", withJson(b, "deadlineWorkingDays", 0), "deadlineWorkingDays"),
                field("61 working days", withJson(b, "deadlineWorkingDays", 61), "deadlineWorkingDays"),
                field("1e19 working days", withJson(b, "deadlineWorkingDays", 1e19), "deadlineWorkingDays"),
                field("0 resubmission days", withJson(b, "resubmissionDays", 0), "resubmissionDays"),
                field("61 resubmission days", withJson(b, "resubmissionDays", 61), "resubmissionDays"),
                field("1.5 resubmission days", withJson(b, "resubmissionDays", 1.5), "resubmissionDays"),
                field("a due time of 25:00", withJson(b, "dueTime", "25:00"), "dueTime"),
                field("starting in 1999", withJson(b, "startsOn", "1999-01-01"), "startsOn"),
                field("starting in 2101", withJson(b, "startsOn", "2101-01-01"), "startsOn"),
                field("no unit", withJson(b, "unitCodes", List.of()), "unitCodes"),
                field("an unknown unit", withJson(b, "unitCodes", List.of(Fixtures.PHU_LIEN, "99999")), "unitCodes[1]"),
                field("a unit of another province", withJson(b, "unitCodes", List.of(Fixtures.HA_NOI_UNIT)), "unitCodes[0]"),
                field("a unit twice", withJson(b, "unitCodes", List.of(Fixtures.CAT_HAI, Fixtures.CAT_HAI)), "unitCodes[1]"),
                field("1,001 units", withJson(b, "unitCodes", Collections.nCopies(1001, Fixtures.CAT_HAI)), "unitCodes"),
                field("a blank unit code", withJson(b, "unitCodes", List.of(" ")), "unitCodes[0]"),
                field("frequncy misspelt", withJson(withoutFrequency(b), "frequncy", "MONTH"), "frequncy"),
                field("an indicator name with NUL", withJson(b, "indicators", List.of(Map.of("code", "X", "name", "X\u0000",
                        "kind", "COUNT", "aggregation", "SUM"))), "indicators[0].name"),
                new BadInput("plain text", "text/plain", "MONTH", 415, null));
    }

    @ParameterizedTest(name = "POST regime: {0}")
    @MethodSource("regimes")
    void aBadRegimeIsNotCreated(BadInput input) {
        String admin = TestTokens.cityAdmin();
        int before = given().auth().oauth2(admin).get("/api/v1/regimes").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
        input.assertRefused(given().auth().oauth2(admin).contentType(input.contentType())
                .body(input.body().replace(PLAN, planId.toString())).post("/api/v1/regimes"));
        assertEquals(before, given().auth().oauth2(admin).get("/api/v1/regimes").then().statusCode(200).extract()
                .jsonPath().getList("$").size(), input.name());
    }

    private static Map<String, Object> withoutFrequency(Map<String, Object> base) {
        return BadInput.with(base, "frequency", ABSENT);
    }
}
