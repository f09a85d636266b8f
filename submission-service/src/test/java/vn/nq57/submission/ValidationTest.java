package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class ValidationTest {

    private UUID planId;
    private String roundId;

    @BeforeEach
    void openRound() {
        planId = Fixtures.publishCityPlan();
        roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
    }

    @Test
    void everyBadValueIsListedAndNothingIsStored() {
        Map<String, Object> content = new HashMap<>();
        content.put("sections", List.of(Fixtures.section("I.9", "Mục không có trong đề cương")));
        content.put("indicators", List.of(
                Map.of("code", "RADIO_BROADCASTS", "qualifier", "EXACT", "value", 27),
                Map.of("code", "LED_SCREENS", "qualifier", "EXACT", "value", 14.5),
                Map.of("code", "UNITS_BRIEFED_RATE", "qualifier", "EXACT", "value", 150),
                Map.of("code", "ONLINE_DOSSIER_RATE", "qualifier", "RATIO", "numerator", 5092, "denominator", 5010),
                Map.of("code", "TRAINING_PARTICIPANTS", "qualifier", "RANGE", "min", 130, "max", 125),
                Map.of("code", "SATELLITES_LAUNCHED", "qualifier", "EXACT", "value", 1),
                Map.of("code", "MOOC_COMPLETION", "qualifier", "EXACT", "value", 20),
                Map.of("code", "CITIZENS_GUIDED", "qualifier", "ABOUT"),
                Map.of("code", "CDT_TEAMS", "value", 58),
                Map.of("code", "RADIO_BROADCASTS", "qualifier", "EXACT", "value", 28)));
        content.put("difficulties", List.of(Map.of("text", " ")));
        content.put("recommendations", List.of(Map.of("text", "Hỗ trợ kinh phí")));

        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN)).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.PHU_LIEN, "content", content))
                .post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nq57:problem:validation"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors", hasSize(12))
                .body("errors.field", hasItems("content.sections[0].code", "content.indicators[1].value",
                        "content.indicators[2].value", "content.indicators[3].numerator", "content.indicators[4].max",
                        "content.indicators[5].code", "content.indicators[6].qualifier", "content.indicators[7].value",
                        "content.indicators[8].qualifier", "content.indicators[9].code", "content.difficulties[0].text",
                        "content.recommendations[0].addressee"))
                .body("errors.find { it.field == 'content.indicators[1].value' }.reason",
                        equalTo("a count must be a whole number"))
                .body("errors.find { it.field == 'content.indicators[2].value' }.reason",
                        equalTo("a percentage must be between 0 and 100"))
                .body("errors.find { it.field == 'content.indicators[5].code' }.reason",
                        containsString("unknown indicator code"))
                .body("errors.find { it.field == 'content.sections[0].code' }.reason",
                        containsString("unknown section code I.9"));

        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN))
                .get("/api/v1/reports?roundId=" + roundId).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void requiredSectionsOnSubmitAndBadEditsChangeNothing() {
        String officer = TestTokens.unitOfficer(Fixtures.NGUYEN_LUONG_BANG);
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.NGUYEN_LUONG_BANG, "content",
                        Map.of("sections", List.of(Fixtures.section("I.1.1", "Tuyên truyền rộng rãi tới Nhân dân")),
                                "indicators", List.of(Map.of("code", "RADIO_BROADCASTS", "qualifier", "EXACT", "value", 28)))))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getString("reportId");

        given().auth().oauth2(officer).post("/api/v1/reports/" + id + "/submit").then().statusCode(400)
                .body("errors.field", hasItems("sections.I.1.2", "sections.I.2.1", "sections.I.2.2", "sections.I.4",
                        "sections.I.5", "sections.II", "sections.III"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItems("sections.I.1.1")));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("latestVersion", equalTo(0)).header("ETag", "\"1\"");

        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("indicators", List.of(Map.of("code", "ONLINE_DOSSIER_RATE", "qualifier", "RATIO",
                        "numerator", 5010, "denominator", 0))))
                .put("/api/v1/reports/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("indicators[0].denominator"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("draft.indicators[0].code", equalTo("RADIO_BROADCASTS"));

        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"indicators\": [{\"code\": \"RADIO_BROADCASTS\", \"qualifier\": \"ROUGHLY\"}]}")
                .put("/api/v1/reports/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicators[0].qualifier"));
    }

    @Test
    void roundsAreCheckedAgainstTheLocalCopies() {
        Map<String, Object> body = Fixtures.roundBody(UUID.randomUUID(), OffsetDateTime.now().plusDays(1));
        body.put("period", Map.of("kind", "QUARTER", "year", 2025, "number", 5));
        body.put("unitCodes", List.of(Fixtures.PHU_LIEN, "99999", Fixtures.PHU_LIEN));
        body.put("outline", List.of(Map.of("code", "I", "title", "Một"), Map.of("code", "I", "title", "Hai")));
        body.put("indicators", List.of(Map.of("code", "X", "name", "Chỉ tiêu", "kind", "COUNT")));
        given().auth().oauth2(TestTokens.cityAdmin()).contentType(ContentType.JSON).body(body).post("/api/v1/rounds")
                .then().statusCode(400)
                .body("errors.field", hasItems("planId", "period.number", "unitCodes[1]", "unitCodes[2]",
                        "outline[1].code", "indicators[0].aggregation"))
                .body("errors.find { it.field == 'planId' }.reason", containsString("unknown plan"));

        Map<String, Object> defaults = Fixtures.roundBody(planId, OffsetDateTime.now().plusDays(1));
        defaults.remove("unitCodes");
        defaults.put("period", Map.of("kind", "QUARTER", "year", 2025, "number", 4));
        String id = Fixtures.openRound(defaults);
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds/" + id).then().statusCode(200)
                .body("requiredUnitCodes", hasItems(Fixtures.NGUYEN_LUONG_BANG, Fixtures.PHU_LIEN, Fixtures.AN_HUNG,
                        Fixtures.CAT_HAI))
                .body("requiredUnitCodes", org.hamcrest.Matchers.not(hasItems("31")))
                .body("period.from", equalTo("2025-10-01")).body("period.to", equalTo("2025-12-31"));
        given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/templates/default").then().statusCode(200)
                .body("outline.code", equalTo(List.of("I", "II", "III")))
                .body("outline[0].children.code", equalTo(List.of("I.1", "I.2", "I.3", "I.4", "I.5")))
                .body("outline[0].children[1].children.code", equalTo(List.of("I.2.1", "I.2.2", "I.2.3", "I.2.4",
                        "I.2.5", "I.2.6")))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }.kind", equalTo("RATIO"))
                .body("indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }.aggregation", equalTo("RATIO_OF_SUMS"));
    }
}
