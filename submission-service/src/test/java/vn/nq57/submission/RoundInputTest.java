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
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The malformed-input catalogue of the round endpoints: opening a round and moving its deadline.
 * Each bad request answers 4xx problem+json naming the field; the plan still has its one round and
 * the round its deadline.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class RoundInputTest {

    private static final String PLAN = "00000000-0000-4000-8000-0000000000aa";
    private static UUID planId;
    private static String roundId;

    @BeforeEach
    void once() {
        if (roundId == null) {
            planId = Fixtures.publishCityPlan();
            Fixtures.publishUnit(Fixtures.HA_NOI_UNIT, "Ba Đình", "01");
            roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        }
    }

    static Stream<BadInput> openings() {
        Map<String, Object> b = Fixtures.roundBody(UUID.fromString(PLAN), OffsetDateTime.parse("2025-12-03T17:00:00+07:00"));
        return Stream.of(
                malformed("not JSON", "{\"title\": \"Báo cáo"),
                malformed("a field given twice", withJson(b, "title", "A").replace("\"title\":\"A\"",
                        "\"title\":\"A\",\"title\":\"B\"")),
                field("no title", withJson(b, "title", ABSENT), "title"),
                field("a blank title", withJson(b, "title", "  "), "title"),
                field("a title of 501 characters", withJson(b, "title", "B".repeat(501)), "title"),
                field("NUL in the title", withJson(b, "title", "Báo cáo\u0000"), "title"),
                field("DEL in the issuer", withJson(b, "request.issuer", "Sở\u007f"), "request.issuer"),
                field("a request number of 51 characters", withJson(b, "request.numberSymbol", "4".repeat(51)),
                        "request.numberSymbol"),
                field("a request issued in 2199", withJson(b, "request.issuedOn", "2199-12-02"), "request.issuedOn"),
                field("deadline without zone", withJson(b, "dueAt", "2025-12-03T17:00:00"), "dueAt"),
                field("deadline with a zone of +25:00", withJson(b, "dueAt", "2025-12-03T17:00:00+25:00"), "dueAt"),
                field("deadline with a zone name", withJson(b, "dueAt", "2025-12-03T17:00:00[Asia/Ho_Chi_Minh]"), "dueAt"),
                field("deadline in 2101", withJson(b, "dueAt", "2101-01-01T00:00:00+07:00"), "dueAt"),
                field("deadline in 1999", withJson(b, "dueAt", "1999-12-31T17:00:00+07:00"), "dueAt"),
                field("deadline in year 999999999", withJson(b, "dueAt", "+999999999-12-31T23:59:59Z"), "dueAt"),
                field("deadline as a number", withJson(b, "dueAt", 1.7e12), "dueAt"),
                field("no deadline", withJson(b, "dueAt", ABSENT), "dueAt"),
                field("cut-off in 2101", withJson(b, "cutOffDate", "2101-01-01"), "cutOffDate"),
                field("an empty cut-off", withJson(b, "cutOffDate", ""), "cutOffDate"),
                field("an empty request date", withJson(b, "request.issuedOn", ""), "request.issuedOn"),
                field("cut-off before the period", withJson(b, "cutOffDate", "2024-06-30"), "cutOffDate"),
                field("a year of 1e19", withJson(b, "period.year", 1e19), "period.year"),
                field("a year of 1999", withJson(b, "period", Map.of("kind", "YEAR", "year", 1999)), "period.year"),
                field("month 13", withJson(b, "period", Map.of("kind", "MONTH", "year", 2025, "number", 13)), "period.number"),
                field("a weekly period", withJson(b, "period", Map.of("kind", "WEEK", "year", 2025)), "period.kind"),
                field("a custom period upside down", withJson(b, "period",
                        Map.of("kind", "CUSTOM", "from", "2025-12-31", "to", "2025-01-01")), "period.to"),
                field("a custom period from 1900", withJson(b, "period",
                        Map.of("kind", "CUSTOM", "from", "1900-01-01", "to", "2025-01-01")), "period.from"),
                field("0 resubmission days", withJson(b, "resubmissionDays", 0), "resubmissionDays"),
                field("61 resubmission days", withJson(b, "resubmissionDays", 61), "resubmissionDays"),
                field("2.5 resubmission days", withJson(b, "resubmissionDays", 2.5), "resubmissionDays"),
                field("-3 resubmission days", withJson(b, "resubmissionDays", -3), "resubmissionDays"),
                field("an unknown unit", withJson(b, "unitCodes", List.of("99999")), "unitCodes[0]"),
                field("a unit of another province", withJson(b, "unitCodes", List.of(Fixtures.HA_NOI_UNIT)), "unitCodes[0]"),
                field("a unit twice", withJson(b, "unitCodes", List.of(Fixtures.PHU_LIEN, Fixtures.PHU_LIEN)), "unitCodes[1]"),
                field("no unit", withJson(b, "unitCodes", List.of()), "unitCodes"),
                field("1,001 units", withJson(b, "unitCodes", Collections.nCopies(1001, Fixtures.PHU_LIEN)), "unitCodes"),
                field("a unit code with NUL", withJson(b, "unitCodes", List.of("114\u000046")), "unitCodes[0]"),
                field("an outline title with NUL", withJson(b, "outline",
                        List.of(Map.of("code", "I", "title", "Tổ chức\u0000", "required", true))), "outline[0].title"),
                field("an outline five levels deep", withJson(b, "outline", List.of(nested(5))), "outline[0].children[0].children[0].children[0].children"),
                field("an indicator bound of 1e30000", withJson(b, "indicators", List.of(Map.of("code", "X", "name", "X",
                        "kind", "COUNT", "aggregation", "SUM", "min", MARK))).replace(MARKED, "1e30000"), "indicators[0].min"),
                field("an unknown plan", withJson(b, "planId", UUID.randomUUID().toString()), "planId"),
                field("deadline instead of dueAt", withJson(b, "deadline", "2025-12-03T17:00:00+07:00"), "deadline"),
                new BadInput("form data", "application/x-www-form-urlencoded", "title=x", 415, null));
    }

    @ParameterizedTest(name = "POST round: {0}")
    @MethodSource("openings")
    void aBadRoundIsNotOpened(BadInput input) {
        String admin = TestTokens.cityAdmin();
        String body = input.body().replace(PLAN, planId.toString());
        input.assertRefused(given().auth().oauth2(admin).contentType(input.contentType()).body(body).post("/api/v1/rounds"));
        given().auth().oauth2(admin).get("/api/v1/rounds?planId=" + planId).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    static Stream<BadInput> deadlines() {
        Map<String, Object> d = Map.of("dueAt", "2025-12-05T17:00:00+07:00", "reason", "Gia hạn theo đề nghị của các xã");
        return Stream.of(
                malformed("not JSON", "dueAt=2025-12-05"),
                field("no dueAt", withJson(d, "dueAt", ABSENT), "dueAt"),
                field("due instead of dueAt", withJson(d, "due", "2025-12-05T17:00:00+07:00"), "due"),
                field("a dueAt in 2200", withJson(d, "dueAt", "2200-01-01T00:00:00+07:00"), "dueAt"),
                field("a dueAt that is a date", withJson(d, "dueAt", "05/12/2025"), "dueAt"),
                field("a reason with NUL", withJson(d, "reason", "Gia hạn\u0000"), "reason"),
                field("a reason of 1,001 characters", withJson(d, "reason", "g".repeat(1001)), "reason"));
    }

    @ParameterizedTest(name = "PUT deadline: {0}")
    @MethodSource("deadlines")
    void aBadDeadlineLeavesTheRound(BadInput input) {
        String admin = TestTokens.cityAdmin();
        Response before = given().auth().oauth2(admin).get("/api/v1/rounds/" + roundId);
        input.assertRefused(given().auth().oauth2(admin).contentType(input.contentType()).body(input.body())
                .header("If-Match", before.header("ETag")).put("/api/v1/rounds/" + roundId + "/deadline"));
        Response after = given().auth().oauth2(admin).get("/api/v1/rounds/" + roundId);
        assertEquals(before.header("ETag"), after.header("ETag"), input.name());
        assertEquals(before.asString(), after.asString(), input.name());
    }

    private static final int MARK = 424242;
    private static final String MARKED = "424242";

    private static Map<String, Object> nested(int levels) {
        Map<String, Object> section = Map.of("code", "L" + levels, "title", "Mục " + levels, "required", false);
        return levels == 1 ? section : BadInput.with(section, "children", List.of(nested(levels - 1)));
    }
}
