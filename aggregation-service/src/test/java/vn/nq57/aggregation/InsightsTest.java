package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.nq57.aggregation.Fixtures.CITY;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.exact;
import static vn.nq57.aggregation.Fixtures.indicator;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.contracts.security.Roles;
import vn.nq57.testinfra.TestTokens;

/** Trends across rounds, grouped difficulties and recommendations. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class InsightsTest {

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    static ValidatableResponse trend(String code, String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/aggregation/trends/" + code + query).then();
    }

    @Test
    void trendsFollowAnIndicatorAcrossRoundsForTheCityAndForAUnit() {
        String code = "RADIO_" + UUID.randomUUID().toString().substring(0, 8);
        var catalogue = List.of(indicator(code, "Số buổi phát thanh", "buổi", IndicatorKind.COUNT, AggregationRule.SUM));
        UUID june = UUID.randomUUID();
        UUID december = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(june, List.of(NGUYEN_LUONG_BANG, PHU_LIEN), vn("2025-06-30T17:00:00"),
                catalogue, 1));
        Fixtures.send(EventType.ROUND_OPENED, december.toString(), Fixtures.round(december,
                List.of(NGUYEN_LUONG_BANG, PHU_LIEN), vn("2025-12-03T17:00:00"), catalogue, 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(june, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-06-30T09:00:00"), List.of(exact(code, 10)), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(june, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-06-30T10:00:00"), List.of(exact(code, 5)), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(december, NGUYEN_LUONG_BANG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"), List.of(exact(code, 28)), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(december, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(exact(code, 7)), 1));

        eventually(() -> trend(code, TestTokens.cityStaff(), "").statusCode(200)
                .body("points.total.value", contains(15, 35)));
        trend(code, TestTokens.cityStaff(), "").statusCode(200)
                .body("provinceCode", equalTo(CITY))
                .body("unitCode", nullValue())
                .body("points.roundId", contains(june.toString(), december.toString()))
                .body("points.total.value", contains(15, 35))
                .body("points.reportedBy", contains(2, 2));
        trend(code, TestTokens.integration(), "?province=31&unit=" + NGUYEN_LUONG_BANG).statusCode(200)
                .body("unitCode", equalTo(NGUYEN_LUONG_BANG))
                .body("points.unitValue.value", contains(10, 28))
                .body("points[0].total", nullValue());
        trend(code, TestTokens.unitOfficer(PHU_LIEN), "").statusCode(200)
                .body("unitCode", equalTo(PHU_LIEN))
                .body("points.unitValue.value", contains(5, 7));
        trend(code, TestTokens.unitOfficer(PHU_LIEN), "?province=31&unit=" + NGUYEN_LUONG_BANG).statusCode(403);
        trend(code, TestTokens.otherCityAdmin(), "?province=31").statusCode(403);
        trend(code, TestTokens.integration(), "").statusCode(200).body("provinceCode", equalTo(CITY))
                .body("points.total.value", contains(15, 35));
        trend(code, StatusMatrixTest.withoutProvince(Roles.INTEGRATION), "?province=31").statusCode(403);
        trend(code, StatusMatrixTest.withoutProvince(Roles.CITY_STAFF), "").statusCode(403);
        trend(code, TestTokens.unitOfficer(PHU_LIEN), "?province=01").statusCode(403);
    }

    @Test
    void difficultiesAndRecommendationsAreGroupedWithTheUnitsThatRaisedThem() {
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, PHU_LIEN), vn("2025-12-03T17:00:00"),
                List.of(), 1));
        String training = "Tổ chức tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng";
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(id, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(),
                List.of(new ReportNote("Cán bộ kiêm nhiệm, quá tải", "STAFFING"),
                        new ReportNote("Người cao tuổi khó tiếp cận nền tảng số", "OUTREACH")),
                List.of(new Recommendation(training, "Sở KH&CN", "TRAINING")), 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.notes(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(),
                List.of(new ReportNote("can bo kiem nhiem, qua tai", "STAFFING"),
                        new ReportNote("Đăng nhập hệ thống báo cáo quốc gia lỗi OTP", "INFRASTRUCTURE")),
                List.of(new Recommendation(training, "Sở Khoa học và Công nghệ", "TRAINING"),
                        new Recommendation("Bố trí kinh phí cho hệ thống loa truyền thanh", "UBND TP",
                                "FUNDING")), 1));

        eventually(() -> given().auth().oauth2(TestTokens.cityStaff())
                .get("/api/v1/aggregation/rounds/" + id + "/difficulties").then().statusCode(200)
                .body("recommendationsByAddressee.key", contains("Sở Khoa học và Công nghệ", "UBND thành phố")));
        given().auth().oauth2(TestTokens.cityStaff())
                .get("/api/v1/aggregation/rounds/" + id + "/difficulties").then().statusCode(200)
                .body("difficulties.key", contains("HUMAN_RESOURCES", "OUTREACH", "PLATFORMS"))
                .body("difficulties.label", contains("Nhân lực, cán bộ", "Công tác tuyên truyền, tiếp cận người dân",
                        "Nền tảng số, tài khoản"))
                .body("difficulties[0].unitCount", equalTo(2))
                .body("difficulties[0].items", hasSize(1))
                .body("difficulties[0].items[0].text", equalTo("Cán bộ kiêm nhiệm, quá tải"))
                .body("difficulties[0].items[0].units.code", contains(NGUYEN_LUONG_BANG, PHU_LIEN))
                .body("difficulties[0].items[0].units.name", contains("Xã Nguyễn Lương Bằng", "Phường Phù Liễn"))
                .body("difficulties[2].items[0].units.code", contains(PHU_LIEN))
                .body("recommendationsByAddressee.key", contains("Sở Khoa học và Công nghệ", "UBND thành phố"))
                .body("recommendationsByAddressee[0].items[0].text", equalTo(training))
                .body("recommendationsByAddressee[0].items[0].units.code", contains(NGUYEN_LUONG_BANG, PHU_LIEN))
                .body("recommendationsByAddressee[1].items[0].units.code", contains(PHU_LIEN))
                .body("recommendationsByTheme.key", contains("HUMAN_RESOURCES", "INFRASTRUCTURE"));
        given().auth().oauth2(TestTokens.unitOfficer(NGUYEN_LUONG_BANG))
                .get("/api/v1/aggregation/rounds/" + id + "/difficulties").then().statusCode(200)
                .body("difficulties[0].items[0].units.code", contains(NGUYEN_LUONG_BANG))
                .body("recommendationsByAddressee", hasSize(1));
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("basis", "ACCEPTED")
                .get("/api/v1/aggregation/rounds/" + id + "/difficulties").then().statusCode(200)
                .body("difficulties", hasSize(0));
    }
}
