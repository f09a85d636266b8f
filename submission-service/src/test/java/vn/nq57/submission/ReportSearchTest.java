package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.submission.report.SearchBackfill;
import vn.nq57.submission.support.MongoCollections;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class ReportSearchTest {

    private static final String ROUND = DemoData.ROUND_4383.toString();

    @Inject
    MongoCollections collections;

    @Inject
    SearchBackfill backfill;

    private static ValidatableResponse search(String token, String q, Map<String, ?> filters) {
        return given().auth().oauth2(token).queryParam("q", q).queryParams(filters).get("/api/v1/reports").then();
    }

    @Test
    void wordsWithoutDiacriticsFindPhuLienLoudspeakers() {
        for (String q : List.of("loa truyen thanh", "loa truyền thanh", "LOA  Truyền-THANH")) {
            search(TestTokens.cityStaff(), q, Map.of("roundId", ROUND)).statusCode(200)
                    .body("items.unitCode", hasItem(DemoData.PHU_LIEN))
                    .body("items.find { it.unitCode == '11446' }.match.part", equalTo("I.2.1"))
                    .body("items.find { it.unitCode == '11446' }.match.snippet", containsString("hệ thống loa truyền thanh phường"));
        }
        // Every word is required: Phù Liễn's report never names "Cát Bà".
        search(TestTokens.cityStaff(), "loa truyen thanh cat ba", Map.of("roundId", ROUND)).statusCode(200)
                .body("items.unitCode", not(hasItem(DemoData.PHU_LIEN)))
                .body("items.unitCode", hasItem(DemoData.CAT_HAI));
        // The OTP failure on nq57.vn is one of Phù Liễn's recommendations.
        search(TestTokens.cityStaff(), "khong nhan duoc ma otp", Map.of("roundId", ROUND)).statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unitCode", equalTo(DemoData.PHU_LIEN))
                .body("items[0].match.part", equalTo("recommendations"))
                .body("items[0].match.snippet", containsString("OTP"));
    }

    @Test
    void searchIsScopedAndCombinesWithFilters() {
        search(TestTokens.unitOfficer(DemoData.PHU_LIEN), "loa truyen thanh", Map.of()).statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("items.unitCode", everyItem(equalTo(DemoData.PHU_LIEN)));
        search(TestTokens.unitOfficer(DemoData.NGUYEN_LUONG_BANG), "hệ thống loa truyền thanh phường phủ sóng",
                Map.of("roundId", ROUND)).statusCode(200)
                .body("items.unitCode", everyItem(equalTo(DemoData.NGUYEN_LUONG_BANG)));
        search(TestTokens.unitOfficer(DemoData.NGUYEN_LUONG_BANG), "loa truyen thanh", Map.of("unitCode", DemoData.PHU_LIEN))
                .statusCode(403);
        search(TestTokens.otherCityAdmin(), "loa truyen thanh", Map.of()).statusCode(200).body("total", equalTo(0));
        search(TestTokens.cityStaff(), "loa truyen thanh", Map.of("roundId", ROUND, "unitCode", DemoData.CAT_HAI))
                .statusCode(200).body("items.unitCode", everyItem(equalTo(DemoData.CAT_HAI)));
        search(TestTokens.cityStaff(), "loa truyen thanh", Map.of("roundId", ROUND, "status", "ACCEPTED"))
                .statusCode(200).body("total", equalTo(0));
        search(TestTokens.cityStaff(), "loa truyen thanh", Map.of("roundId", ROUND, "size", 1)).statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void badQueriesAreRefusedNamingQ() {
        for (String q : List.of("a".repeat(201), "một hai ba bốn năm sáu bảy tám chín", "  !!! -- ", "loa\u0000")) {
            search(TestTokens.cityStaff(), q, Map.of()).statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("q"));
        }
    }

    @Test
    void draftEditsAndOldReportsAreSearchable() {
        String round = Fixtures.openRound(Fixtures.publishCityPlan(), OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String id = Fixtures.createDraft(round, DemoData.AN_HUNG);
        Map<String, Object> content = Fixtures.completeContent();
        content.put("sections", List.of(Fixtures.section("I.2.5", "Tổ chức Ngày hội Chuyển đổi số tại nhà văn hóa Đông Xá.")));
        String etag = given().auth().oauth2(TestTokens.unitOfficer(DemoData.AN_HUNG)).get("/api/v1/reports/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.unitOfficer(DemoData.AN_HUNG)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(content).put("/api/v1/reports/" + id).then().statusCode(200);
        search(TestTokens.cityStaff(), "dong xa", Map.of("roundId", round)).statusCode(200)
                .body("total", equalTo(1)).body("items[0].match.snippet", containsString("nhà văn hóa Đông Xá"));
        search(TestTokens.cityStaff(), "71 cum loa", Map.of("roundId", round)).statusCode(200).body("total", equalTo(0));

        // A report stored before search existed has no words until the backfill indexes it.
        collections.reports().updateOne(Filters.eq("_id", id), Updates.combine(Updates.unset("searchTokens"),
                Updates.unset("searchVersion")));
        search(TestTokens.cityStaff(), "dong xa", Map.of("roundId", round)).statusCode(200).body("total", equalTo(0));
        assertTrue(backfill.run() >= 1);
        search(TestTokens.cityStaff(), "dong xa", Map.of("roundId", round)).statusCode(200).body("total", equalTo(1));
    }
    /**
     * A submission leaves the draft and its words as they were (they are not written again); a
     * resubmission whose text changed writes the words again, so the first version's words go.
     */
    @Test
    void submissionsKeepTheDraftAndTheWordsInStepWithTheText() {
        String round = Fixtures.openRound(Fixtures.publishCityPlan(), OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(3));
        String id = Fixtures.createDraft(round, DemoData.CAT_HAI);
        String first = "Ngày hội Chuyển đổi số lần thứ bảy mươi tại nhà văn hóa thôn.";
        write(id, first);
        Fixtures.submit(id, DemoData.CAT_HAI).statusCode(200).body("status", equalTo("SUBMITTED"));
        search(TestTokens.cityStaff(), "lan thu bay muoi", Map.of("roundId", round)).statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.unitOfficer(DemoData.CAT_HAI)).get("/api/v1/reports/" + id).then()
                .statusCode(200).body("draft.sections.find { it.code == 'I.2.5' }.text", equalTo(first))
                .body("draft.header.numberSymbol", equalTo("311/BC-UBND"));

        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(Map.of("comment", "Bổ sung"))
                .post("/api/v1/reports/" + id + "/return").then().statusCode(200);
        write(id, "Ngày hội Chuyển đổi số lần thứ tám mươi tại nhà văn hóa thôn.");
        search(TestTokens.cityStaff(), "lan thu bay muoi", Map.of("roundId", round)).statusCode(200).body("total", equalTo(1));
        Fixtures.submit(id, DemoData.CAT_HAI).statusCode(200).body("status", equalTo("RESUBMITTED"));
        search(TestTokens.cityStaff(), "lan thu bay muoi", Map.of("roundId", round)).statusCode(200).body("total", equalTo(0));
        search(TestTokens.cityStaff(), "lan thu tam muoi", Map.of("roundId", round)).statusCode(200).body("total", equalTo(1));
    }

    /** The complete content with {@code text} as section I.2.5. */
    private static void write(String id, String text) {
        Map<String, Object> content = Fixtures.completeContent();
        List<Object> sections = new java.util.ArrayList<>((List<?>) content.get("sections"));
        sections.add(Fixtures.section("I.2.5", text));
        content.put("sections", sections);
        String etag = given().auth().oauth2(TestTokens.unitOfficer(DemoData.CAT_HAI)).get("/api/v1/reports/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.unitOfficer(DemoData.CAT_HAI)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(content).put("/api/v1/reports/" + id).then().statusCode(200);
    }
}
