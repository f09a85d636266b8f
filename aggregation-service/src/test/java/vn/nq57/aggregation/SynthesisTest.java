package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.THANH_MIEN;
import static vn.nq57.aggregation.Fixtures.exact;
import static vn.nq57.aggregation.Fixtures.indicator;
import static vn.nq57.aggregation.Fixtures.ratio;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.synthesis.AddresseeAliases;
import vn.nq57.aggregation.synthesis.ThemeCatalogue;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** Theme catalogue and addressee aliases (API and grouping), outlier flags, comparison with the previous round. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class SynthesisTest {

    static final String API = "/api/v1/aggregation";

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    static ValidatableResponse put(String path, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(API + path).then();
    }

    static Map<String, Object> theme(String code, String label, List<String> keywords) {
        return Map.of("code", code, "labelVi", label, "labelEn", label, "keywords", keywords);
    }

    /** The built-in themes plus one the city adds; other tests rely on the built-in grouping. */
    static List<Object> builtInPlus(Map<String, Object> extra) {
        List<Object> themes = new ArrayList<>(ThemeCatalogue.BUILT_IN.themes());
        themes.add(extra);
        return themes;
    }

    @Test
    void aCityAdminEditsTheThemesAndTheNotesFollowThem() {
        given().auth().oauth2(TestTokens.cityStaff()).get(API + "/themes").then().statusCode(200)
                .body("scope", equalTo("31"))
                .body("catalogue.themes.code", hasItem("PLATFORMS"));
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, PHU_LIEN), vn("2025-12-03T17:00:00"),
                List.of(), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(id, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(), List.of(new ReportNote("Mưa bão kéo dài, hoãn hội nghị", null)),
                List.of(new Recommendation("Hỗ trợ khắc phục sau bão", "Công an TP", null)), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(), List.of(new ReportNote("mua bao, thien tai lam hoan hoi nghi", null)),
                List.of(new Recommendation("Hỗ trợ khắc phục sau bão", "Công an thành phố", null)), 1));
        eventually(() -> given().auth().oauth2(TestTokens.cityStaff()).get(API + "/rounds/" + id + "/difficulties")
                .then().statusCode(200).body("difficulties.key", contains("OTHER")));
        try {
            put("/themes", TestTokens.cityAdmin(), Map.of("themes",
                    builtInPlus(theme("WEATHER", "Thời tiết, thiên tai", List.of("mưa bão", "thiên tai")))))
                    .statusCode(200).body("source", equalTo("PROVINCE"))
                    .body("updatedBy", equalTo(given().auth().oauth2(TestTokens.cityAdmin()).get(API + "/themes")
                            .then().extract().path("updatedBy")));
            put("/addressees", TestTokens.cityAdmin(), Map.of("entries", List.of(
                    Map.of("name", "Công an thành phố", "aliases", List.of("Công an TP", "CATP")))))
                    .statusCode(200).body("catalogue.entries[0].name", equalTo("Công an thành phố"));
            given().auth().oauth2(TestTokens.cityStaff()).get(API + "/rounds/" + id + "/difficulties").then()
                    .statusCode(200)
                    .body("difficulties.key", contains("WEATHER"))
                    .body("difficulties[0].label", equalTo("Thời tiết, thiên tai"))
                    .body("difficulties[0].unitCount", equalTo(2))
                    .body("difficulties[0].items", hasSize(2))
                    .body("recommendationsByAddressee.key", contains("Công an thành phố"))
                    .body("recommendationsByAddressee[0].items[0].units.code", contains(NGUYEN_LUONG_BANG, PHU_LIEN));
        } finally {
            put("/themes", TestTokens.cityAdmin(), ThemeCatalogue.BUILT_IN).statusCode(200);
            put("/addressees", TestTokens.cityAdmin(), AddresseeAliases.BUILT_IN).statusCode(200);
        }
        given().auth().oauth2(TestTokens.cityStaff()).get(API + "/rounds/" + id + "/difficulties").then()
                .statusCode(200).body("difficulties.key", contains("OTHER"))
                .body("recommendationsByAddressee.key", contains("Công an thành phố", "Công an TP"));
    }

    @Test
    void catalogueChangesAreValidatedAndOnlyForTheProvincesAdminOrTheOperator() {
        List<Object> duplicate = List.of(theme("FUNDING", "Kinh phí", List.of("kinh phí")),
                theme("FUNDING", "Ngân sách", List.of("ngân sách")));
        put("/themes", TestTokens.cityAdmin(), Map.of("themes", duplicate)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("themes[1].code"));
        put("/themes", TestTokens.cityAdmin(), Map.of("themes", List.of(theme("bad code", "x", List.of("kinh phí")))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("code")));
        put("/themes", TestTokens.cityAdmin(), Map.of("themes", List.of(theme("FUNDING", "Kinh phí", List.of())))).statusCode(400)
                .contentType("application/problem+json");
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            tooMany.add(theme("T" + i, "Chủ đề " + i, List.of("từ " + i)));
        }
        put("/themes", TestTokens.cityAdmin(), Map.of("themes", tooMany)).statusCode(400)
                .contentType("application/problem+json");
        put("/themes", TestTokens.cityAdmin(), Map.of("themes", List.of(theme("FUNDING", "Kinh phí",
                List.of("kinh phí"))), "extra", 1)).statusCode(400).contentType("application/problem+json");
        put("/addressees", TestTokens.cityAdmin(), Map.of("entries", List.of(
                Map.of("name", "UBND thành phố", "aliases", List.of("UBND TP")),
                Map.of("name", "Sở Tài chính", "aliases", List.of("ubnd tp"))))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("entries[1].aliases[0]"));
        given().auth().oauth2(TestTokens.cityStaff()).get(API + "/themes").then().statusCode(200)
                .body("catalogue.themes.code", hasItem("PLATFORMS")).body("catalogue.themes.code", hasSize(5));

        put("/themes", TestTokens.cityStaff(), ThemeCatalogue.BUILT_IN).statusCode(403);
        put("/themes?province=31", TestTokens.otherCityAdmin(), ThemeCatalogue.BUILT_IN).statusCode(403);
        put("/themes?province=DEFAULT", TestTokens.cityAdmin(), ThemeCatalogue.BUILT_IN).statusCode(403);
        put("/addressees", TestTokens.integration(), AddresseeAliases.BUILT_IN).statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer(PHU_LIEN)).get(API + "/themes").then().statusCode(403);
        given().auth().oauth2(TestTokens.otherCityAdmin()).get(API + "/themes?province=31").then().statusCode(403);
        given().get(API + "/themes").then().statusCode(401);

        put("/themes?province=DEFAULT", TestTokens.platformOperator(), Map.of("themes",
                builtInPlus(theme("CONTESTS", "Hội thi", List.of("hội thi"))))).statusCode(200)
                .body("scope", equalTo("DEFAULT")).body("source", equalTo("DEFAULT"))
                .body("catalogue.themes.code", hasItem("CONTESTS"));
        given().auth().oauth2(TestTokens.integration()).get(API + "/themes?province=DEFAULT").then().statusCode(200)
                .body("catalogue.themes.code", hasItem("CONTESTS"));
    }

    static UnitSnapshot xa(String code, String name) {
        return new UnitSnapshot(code, name, name, UnitType.XA, "99", List.of(), true, 1);
    }

    @Test
    void outliersAreFlaggedInTheMatrixTheIndicatorsAndTheWorkbookAndRoundsCompareWithThePreviousOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String count = "RADIO_" + suffix;
        String rate = "RATE_" + suffix;
        var catalogue = List.of(indicator(count, "Số buổi phát thanh", "buổi", IndicatorKind.COUNT, AggregationRule.SUM),
                indicator(rate, "Tỷ lệ hồ sơ trực tuyến", "%", IndicatorKind.PERCENTAGE, AggregationRule.RATIO_OF_SUMS));
        List<String> extra = List.of("97001", "97002", "97003");
        extra.forEach(code -> Fixtures.send(EventType.UNIT_UPSERTED, code, xa(code, "Xã Thử " + code)));
        UUID june = UUID.randomUUID();
        UUID december = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(june, List.of(AN_HUNG, PHU_LIEN), vn("2025-06-30T17:00:00"), catalogue, 1));
        List<String> required = new ArrayList<>(List.of(NGUYEN_LUONG_BANG, AN_HUNG, THANH_MIEN, PHU_LIEN));
        required.addAll(extra);
        Fixtures.send(EventType.ROUND_OPENED, december.toString(), Fixtures.round(december, required,
                vn("2025-12-03T17:00:00"), catalogue, 1));
        submit(june, AN_HUNG, List.of(exact(count, 1)));
        submit(june, PHU_LIEN, List.of(exact(count, 5)));
        submit(december, NGUYEN_LUONG_BANG, List.of(exact(count, 500), ratio(rate, 50, 50)));
        submit(december, AN_HUNG, List.of(exact(count, 12), ratio(rate, 60, 100)));
        submit(december, THANH_MIEN, List.of(exact(count, 11), ratio(rate, 70, 100)));
        submit(december, "97001", List.of(exact(count, 10), ratio(rate, 65, 100)));
        submit(december, "97002", List.of(exact(count, 13), ratio(rate, 72, 100)));
        submit(december, "97003", List.of(exact(count, 12), ratio(rate, 68, 100)));
        submit(december, PHU_LIEN, List.of(exact(count, 7)));

        eventually(() -> given().auth().oauth2(TestTokens.cityStaff()).get(API + "/rounds/" + december + "/status")
                .then().statusCode(200).body("overall.submitted", equalTo(7)));
        given().auth().oauth2(TestTokens.cityStaff()).get(API + "/rounds/" + december + "/status").then()
                .statusCode(200)
                .body("units.unitCode", contains(NGUYEN_LUONG_BANG, AN_HUNG, THANH_MIEN, PHU_LIEN, "97001", "97002",
                        "97003"))
                .body("units.flagCount", contains(2, 1, 0, 0, 0, 0, 0));
        given().auth().oauth2(TestTokens.unitOfficer(NGUYEN_LUONG_BANG)).get(API + "/rounds/" + december + "/status")
                .then().statusCode(200).body("units[0].flagCount", nullValue());

        ValidatableResponse indicators = given().auth().oauth2(TestTokens.cityAdmin())
                .get(API + "/rounds/" + december + "/indicators").then().statusCode(200);
        indicators.body("indicators[0].flags.unitCode", contains(NGUYEN_LUONG_BANG, AN_HUNG))
                .body("indicators[0].flags.kind", contains("PEERS", "HISTORY"))
                .body("indicators[0].flags[0].reference", equalTo(12))
                .body("indicators[0].flags[0].explanationVi", containsString("cao bất thường so với các đơn vị cùng loại"))
                .body("indicators[0].flags[1].explanationVi", equalTo("Giá trị 12 tăng 12 lần so với kỳ trước (1)"))
                .body("indicators[1].flags.kind", contains("FULL_RATIO", "PEERS"))
                .body("indicators[1].flags[0].explanationEn", containsString("median of 68"));
        given().auth().oauth2(TestTokens.unitOfficer(NGUYEN_LUONG_BANG)).get(API + "/rounds/" + december + "/indicators")
                .then().statusCode(200).body("indicators[0].flags", nullValue());

        given().auth().oauth2(TestTokens.integration()).get(API + "/rounds/" + december + "/comparison").then()
                .statusCode(200)
                .body("indicators[0].previousRoundId", equalTo(june.toString()))
                .body("indicators[0].byUnitType.unitType", contains("XA", "PHUONG"))
                .body("indicators[0].byUnitType[0].required", equalTo(6))
                .body("indicators[0].byUnitType[0].reportedBy", equalTo(6))
                .body("indicators[0].byUnitType[0].total.value", equalTo(558))
                .body("indicators[0].byUnitType[0].previousReportedBy", equalTo(1))
                .body("indicators[0].byUnitType[0].previousTotal.value", equalTo(1))
                .body("indicators[0].byUnitType[1].total.value", equalTo(7))
                .body("indicators[0].byUnitType[1].previousTotal.value", equalTo(5))
                .body("indicators[0].units.find { it.unitCode == '11446' }.current.value", equalTo(7))
                .body("indicators[0].units.find { it.unitCode == '11446' }.previous.value", equalTo(5))
                .body("indicators[0].units.find { it.unitCode == '11242' }.previous", nullValue())
                .body("indicators[1].byUnitType[0].total.numerator", equalTo(385))
                .body("indicators[1].byUnitType[0].total.denominator", equalTo(550));
        given().auth().oauth2(TestTokens.unitOfficer(PHU_LIEN)).get(API + "/rounds/" + december + "/comparison")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.otherCityAdmin()).get(API + "/rounds/" + december + "/comparison")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin()).get(API + "/rounds/" + UUID.randomUUID() + "/comparison")
                .then().statusCode(404);

        byte[] xlsx = given().auth().oauth2(TestTokens.cityAdmin()).get(API + "/rounds/" + december + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet flags = book.getSheet("Cảnh báo số liệu");
            assertEquals(4, flags.getLastRowNum(), "a header and four flags");
            Row first = flags.getRow(1);
            assertEquals(NGUYEN_LUONG_BANG, first.getCell(0).getStringCellValue());
            assertEquals(count, first.getCell(2).getStringCellValue());
            assertEquals("PEERS", first.getCell(4).getStringCellValue());
            assertEquals(500.0, first.getCell(5).getNumericCellValue());
            assertEquals(12.0, first.getCell(6).getNumericCellValue());
            assertTrue(first.getCell(7).getStringCellValue().startsWith("Giá trị 500 cao bất thường"));
            Row status = book.getSheet("Tình trạng nộp").getRow(1);
            assertEquals(2.0, status.getCell(9).getNumericCellValue());
        }
    }

    private static void submit(UUID round, String unit, List<IndicatorValue> values) {
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(round, unit, ReportStatus.SUBMITTED, 1,
                vn("2025-12-01T09:00:00"), values, 1));
    }
}
