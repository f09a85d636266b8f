package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
class AuthorizationTest {

    private UUID planId;
    private String roundId;
    private String reportId;

    @BeforeEach
    void submittedReport() {
        planId = Fixtures.publishCityPlan();
        roundId = Fixtures.openRound(planId, OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        reportId = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
    }

    @Test
    void tokensAndRolesAreRequired() {
        given().get("/api/v1/reports").then().statusCode(401).body("type", equalTo("urn:nq57:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.noRole()).get("/api/v1/reports").then().statusCode(403)
                .body("type", equalTo("urn:nq57:problem:forbidden"));
        given().auth().oauth2(TestTokens.noRole()).get("/api/v1/templates/default").then().statusCode(403);
    }

    @Test
    void onlyCityAdminsOpenRounds() {
        Map<String, Object> body = Fixtures.roundBody(planId, OffsetDateTime.now().plusDays(1));
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds").then().statusCode(403);
        given().auth().oauth2(TestTokens.otherCityAdmin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds").then().statusCode(400)
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("not a plan of province 01"));
        given().auth().oauth2(TestTokens.otherCityAdmin()).get("/api/v1/rounds/" + roundId).then().statusCode(403);
    }

    @Test
    void officersWorkOnTheirOwnUnitOnly() {
        String other = TestTokens.unitOfficer(Fixtures.CAT_HAI);
        given().auth().oauth2(other).get("/api/v1/reports/" + reportId).then().statusCode(403);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of())
                .put("/api/v1/reports/" + reportId).then().statusCode(403);
        given().auth().oauth2(other).post("/api/v1/reports/" + reportId + "/submit").then().statusCode(403);
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.PHU_LIEN)).post("/api/v1/reports")
                .then().statusCode(403);
        given().auth().oauth2(other).get("/api/v1/reports?unitCode=" + Fixtures.PHU_LIEN).then().statusCode(403);
        given().auth().oauth2(other).get("/api/v1/reports/" + reportId + "/versions").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN)).get("/api/v1/reports")
                .then().statusCode(200).body("items.unitCode", everyItem(equalTo(Fixtures.PHU_LIEN)));
        given().auth().oauth2(TestTokens.unitOfficer("09568")).get("/api/v1/rounds/" + roundId).then().statusCode(403);
    }

    @Test
    void officersDoNotReviewAndIntegrationsDoNotWrite() {
        String officer = TestTokens.unitOfficer(Fixtures.PHU_LIEN);
        Fixtures.submit(reportId, Fixtures.PHU_LIEN).statusCode(200);
        Map<String, Object> review = Map.of("comment", "Tự duyệt", "sectionComments", List.of());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(review)
                .post("/api/v1/reports/" + reportId + "/accept").then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(review)
                .post("/api/v1/reports/" + reportId + "/return").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(review)
                .post("/api/v1/reports/" + reportId + "/accept").then().statusCode(403);
        given().auth().oauth2(TestTokens.otherCityAdmin()).contentType(ContentType.JSON).body(review)
                .post("/api/v1/reports/" + reportId + "/accept").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).post("/api/v1/reports/" + reportId + "/withdraw")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "unitCode", Fixtures.CAT_HAI)).post("/api/v1/reports")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of()).put("/api/v1/reports/" + reportId).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).get("/api/v1/reports/" + reportId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(TestTokens.integration()).get("/api/v1/reports?roundId=" + roundId).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }
}
