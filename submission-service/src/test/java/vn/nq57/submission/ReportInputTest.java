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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/**
 * The malformed-input catalogue of the report endpoints: each bad request answers 4xx problem+json
 * naming the field, and reading the report (or the round's reports) back shows nothing changed.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class ReportInputTest {

    /** A value replaced in the JSON text by what a serializer would not write (NaN, 1e30000). */
    private static final int MARK = 424242;
    private static final String MARKED = "424242";

    private static String roundId;
    private static String reportId;

    private static final String OFFICER_UNIT = Fixtures.PHU_LIEN;
    /** A unit of the round that never gets a report here: every refused create must leave it without one. */
    private static final String UNREPORTED_UNIT = Fixtures.AN_HUNG;

    @BeforeEach
    void once() {
        if (reportId == null) {
            UUID planId = Fixtures.publishCityPlan();
            roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
            reportId = Fixtures.createDraft(roundId, OFFICER_UNIT);
        }
    }

    static Stream<BadInput> drafts() {
        Map<String, Object> c = Fixtures.completeContent();
        List<Map<String, String>> manyNotes = Collections.nCopies(51, Map.of("text", "Thiếu kinh phí"));
        String deepArrays = "[".repeat(2000) + "]".repeat(2000);
        return Stream.of(
                malformed("not JSON", "{\"sections\": ["),
                malformed("a literal NaN", withJson(c, "indicators[0].value", MARK).replace(MARKED, "NaN")),
                malformed("nesting 2,000 deep", "{\"sections\":" + deepArrays + "}"),
                malformed("a field given twice", "{\"indicators\":[],\"indicators\":[]}"),
                malformed("an array instead of an object", "[]"),
                field("indicator instead of indicators", BadInput.json(Map.of("indicator", c.get("indicators"))), "indicator"),
                field("an unknown header field", withJson(c, "header.fax", "0225 3842 000"), "header.fax"),
                field("a string instead of a list", withJson(c, "indicators", "nhiều"), "indicators"),
                field("a word instead of a number", withJson(c, "indicators[0].value", "bốn trăm"), "indicators[0].value"),
                field("NaN as a string", withJson(c, "indicators[0].value", "NaN"), "indicators[0].value"),
                field("an unknown qualifier", withJson(c, "indicators[0].qualifier", "MORE_OR_LESS"), "indicators[0].qualifier"),
                field("a qualifier by its number", withJson(c, "indicators[0].qualifier", "0"), "indicators[0].qualifier"),
                field("an empty header date", withJson(c, "header.date", ""), "header.date"),
                field("a count of 1e19", withJson(c, "indicators[0].value", 1e19), "indicators[0].value"),
                field("a count of 1e30000", withJson(c, "indicators[0].value", MARK).replace(MARKED, "1e30000"),
                        "indicators[0].value"),
                field("a count of 1e-30000", withJson(c, "indicators[0].value", MARK).replace(MARKED, "1e-30000"),
                        "indicators[0].value"),
                field("a negative count", withJson(c, "indicators[3].value", -71), "indicators[3].value"),
                field("a fractional count", withJson(c, "indicators[3].value", 71.5), "indicators[3].value"),
                field("five decimals", withJson(c, "indicators[5].numerator", 5010.12345), "indicators[5].numerator"),
                field("numerator over denominator", withJson(c, "indicators[5].numerator", 5093), "indicators[5].numerator"),
                field("a zero denominator", withJson(c, "indicators[5].denominator", 0), "indicators[5].denominator"),
                field("a range upside down", withJson(c, "indicators[4].min", 131), "indicators[4].max"),
                field("a percentage over 100", withJson(c, "indicators[3]",
                        Map.of("code", "UNITS_BRIEFED_RATE", "qualifier", "EXACT", "value", 100.5)), "indicators[3].value"),
                field("an unknown indicator code", withJson(c, "indicators[0].code", "SATELLITES_LAUNCHED"), "indicators[0].code"),
                field("an unknown section code", withJson(c, "sections[0].code", "I.9"), "sections[0].code"),
                field("NUL in a difficulty", withJson(c, "difficulties[0].text", "Thiếu\u0000 kinh phí"), "difficulties[0].text"),
                field("BEL in a section", withJson(c, "sections[0].text", "Quán triệt\u0007"), "sections[0].text"),
                field("ESC in a signer title", withJson(c, "header.signerTitles[0]", "\u001b[31mTM."), "header.signerTitles[0]"),
                field("a lone surrogate in a note", withJson(c, "indicators[5].note", "98,39%")
                        .replace("98,39%", "98,39\\ud800"), "indicators[5].note"),
                field("combining marks flooding a number", withJson(c, "header.numberSymbol", "311" + "\u0301".repeat(60)),
                        "header.numberSymbol"),
                field("a section of 20,001 characters", withJson(c, "sections[0].text", "a".repeat(20_001)), "sections[0].text"),
                field("a 1.3 MB section", withJson(c, "sections[0].text", "ă".repeat(1_300_000)), "sections[0].text"),
                field("a number symbol of 51 characters", withJson(c, "header.numberSymbol", "3".repeat(51)), "header.numberSymbol"),
                field("a recommendation of 4,001 characters", withJson(c, "recommendations[0].text", "k".repeat(4001)),
                        "recommendations[0].text"),
                field("51 difficulties", withJson(c, "difficulties", manyNotes), "difficulties"),
                field("11 signer titles", withJson(c, "header.signerTitles", Collections.nCopies(11, "TM.")), "header.signerTitles"),
                field("a date in 2199", withJson(c, "header.date", "2199-12-03"), "header.date"),
                field("a date in 1999", withJson(c, "header.date", "1999-12-03"), "header.date"),
                field("a date as dd/MM/yyyy", withJson(c, "header.date", "03/12/2025"), "header.date"),
                field("a date that does not exist", withJson(c, "header.date", "2025-02-30"), "header.date"),
                field("a blank difficulty", withJson(c, "difficulties[0].text", " "), "difficulties[0].text"),
                field("a recommendation without addressee", withJson(c, "recommendations[0].addressee", ABSENT),
                        "recommendations[0].addressee"),
                field("no body", "", "body"),
                new BadInput("XML instead of JSON", "application/xml", "<report/>", 415, null),
                new BadInput("plain text", "text/plain", "sections", 415, null));
    }

    @ParameterizedTest(name = "PUT draft: {0}")
    @MethodSource("drafts")
    void aBadDraftIsRefusedAndTheDraftStays(BadInput input) {
        Response before = read();
        Response answer = given().auth().oauth2(officer()).contentType(input.contentType()).body(input.body())
                .header("If-Match", before.header("ETag")).put("/api/v1/reports/" + reportId);
        input.assertRefused(answer);
        Response after = read();
        assertEquals(before.header("ETag"), after.header("ETag"), input.name());
        assertEquals(before.asString(), after.asString(), input.name());
    }

    static Stream<BadInput> creations() {
        Map<String, Object> body = Map.of("roundId", "ROUND", "unitCode", UNREPORTED_UNIT, "content",
                Fixtures.completeContent());
        return Stream.of(
                field("no roundId", withJson(body, "roundId", ABSENT), "roundId"),
                field("a roundId that is no UUID", withJson(body, "roundId", "4383"), "roundId"),
                field("no unitCode", withJson(body, "unitCode", ABSENT), "unitCode"),
                field("a unitCode of 11 characters", withJson(body, "unitCode", "11674116741"), "unitCode"),
                field("NUL in the unitCode", withJson(body, "unitCode", "11674\u0000"), "unitCode"),
                field("a unit not asked in the round", withJson(body, "unitCode", "99999"), "unitCode"),
                field("unit instead of unitCode", withJson(body, "unit", UNREPORTED_UNIT), "unit"),
                field("a bad value deep inside", withJson(body, "content.indicators[0].value", -1), "content.indicators[0].value"),
                field("an unknown content field", withJson(body, "content.notes", List.of()), "content.notes"),
                malformed("truncated", "{\"roundId\":"));
    }

    @ParameterizedTest(name = "POST report: {0}")
    @MethodSource("creations")
    void aBadCreationStoresNothing(BadInput input) {
        String body = input.body().replace("\"ROUND\"", "\"" + roundId + "\"");
        String admin = TestTokens.cityAdmin();
        input.assertRefused(given().auth().oauth2(admin).contentType(input.contentType()).body(body)
                .post("/api/v1/reports"));
        given().auth().oauth2(admin).get("/api/v1/reports?roundId=" + roundId + "&unitCode=" + UNREPORTED_UNIT)
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
    }

    static Stream<BadInput> reviews() {
        Map<String, Object> review = Map.of("comment", "Đề nghị bổ sung số liệu",
                "sectionComments", List.of(Map.of("code", "I.2.2", "comment", "Thiếu số tin bài")));
        return Stream.of(
                field("a comment of 4,001 characters", withJson(review, "comment", "x".repeat(4001)), "comment"),
                field("NUL in a section comment", withJson(review, "sectionComments[0].comment", "Thiếu\u0000"),
                        "sectionComments[0].comment"),
                field("comments instead of comment", withJson(review, "comments", "?"), "comments"),
                field("101 section comments", withJson(review, "sectionComments",
                        Collections.nCopies(101, Map.of("code", "I.2.2", "comment", "x"))), "sectionComments"),
                malformed("not JSON", "comment=ok"));
    }

    @ParameterizedTest(name = "POST return: {0}")
    @MethodSource("reviews")
    void aBadReviewChangesNothing(BadInput input) {
        Response before = read();
        input.assertRefused(given().auth().oauth2(TestTokens.cityStaff()).contentType(input.contentType())
                .body(input.body()).post("/api/v1/reports/" + reportId + "/return"));
        assertEquals(before.asString(), read().asString(), input.name());
    }

    @Test
    void listParametersAreBounded() {
        String staff = TestTokens.cityStaff();
        List<BadInput> params = new ArrayList<>(List.of(
                new BadInput("size=1000", null, "size=1000", 400, "size"),
                new BadInput("page=-1", null, "page=-1", 400, "page"),
                new BadInput("page=1e19", null, "page=10000000000000000000", 404, null),
                new BadInput("a unitCode of 11 characters", null, "unitCode=11674116741", 400, "unitCode"),
                new BadInput("NUL in the unitCode", null, "unitCode=%00", 400, "unitCode")));
        for (BadInput p : params) {
            p.assertRefused(given().auth().oauth2(staff).urlEncodingEnabled(false).get("/api/v1/reports?" + p.body()));
        }
    }

    @Test
    void anUnknownFieldLeavesTheIndicatorsAsTheyWere() {
        Response before = read();
        int indicators = before.jsonPath().getList("draft.indicators").size();
        given().auth().oauth2(officer()).contentType("application/json").header("If-Match", before.header("ETag"))
                .body(Map.of("indicator", List.of())).put("/api/v1/reports/" + reportId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("indicator"))
                .body("errors[0].reason", org.hamcrest.Matchers.equalTo("unknown field"));
        assertEquals(indicators, read().jsonPath().getList("draft.indicators").size());
    }

    private static Response read() {
        return given().auth().oauth2(officer()).get("/api/v1/reports/" + reportId).then().statusCode(200).extract().response();
    }

    private static String officer() {
        return TestTokens.unitOfficer(OFFICER_UNIT);
    }
}
