package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.NGUYEN_LUONG_BANG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.about;
import static vn.nq57.aggregation.Fixtures.atLeast;
import static vn.nq57.aggregation.Fixtures.exact;
import static vn.nq57.aggregation.Fixtures.indicator;
import static vn.nq57.aggregation.Fixtures.range;
import static vn.nq57.aggregation.Fixtures.ratio;
import static vn.nq57.aggregation.Fixtures.text;
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
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class RollupTest {

    static final List<IndicatorDefinition> CATALOGUE = List.of(
            indicator("RADIO_BROADCASTS", "Số buổi phát thanh", "buổi", IndicatorKind.COUNT, AggregationRule.SUM),
            indicator("TRAINED_OFFICIALS", "Số cán bộ được tập huấn", "người", IndicatorKind.COUNT, AggregationRule.SUM),
            indicator("ONLINE_DOSSIER_RATE", "Tỷ lệ hồ sơ trực tuyến", "%", IndicatorKind.PERCENTAGE,
                    AggregationRule.RATIO_OF_SUMS),
            indicator("TEAM_MEMBERS", "Thành viên Tổ công nghệ số cộng đồng", "người", IndicatorKind.COUNT,
                    AggregationRule.AVERAGE),
            indicator("LED_MIN", "Màn hình LED (ít nhất)", "màn hình", IndicatorKind.COUNT, AggregationRule.MIN),
            indicator("LED_MAX", "Màn hình LED (nhiều nhất)", "màn hình", IndicatorKind.COUNT, AggregationRule.MAX),
            indicator("HIGHLIGHTS", "Mô hình nổi bật", null, IndicatorKind.TEXT, AggregationRule.NONE));

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    static ValidatableResponse indicators(UUID round, String token, String basis) {
        var request = given().auth().oauth2(token);
        if (basis != null) {
            request = request.queryParam("basis", basis);
        }
        return request.get("/api/v1/aggregation/rounds/" + round + "/indicators").then();
    }

    /** Three units report; Phù Liễn's version 2 arrives before version 1; An Hưng's event is delivered twice. */
    static UUID reportedRound() {
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, PHU_LIEN, AN_HUNG),
                vn("2025-12-03T17:00:00"), CATALOGUE, 1));
        var nlb = List.of(exact("RADIO_BROADCASTS", 28), range("TRAINED_OFFICIALS", 125, 130),
                ratio("ONLINE_DOSSIER_RATE", 5010, 5092), exact("TEAM_MEMBERS", 10), exact("LED_MIN", 14),
                exact("LED_MAX", 14), text("HIGHLIGHTS", "Ra mắt Tổ công nghệ số cộng đồng tại 12 thôn"));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), nlb, 2));
        Fixtures.report(EventType.REPORT_ACCEPTED, Fixtures.report(id, NGUYEN_LUONG_BANG, ReportStatus.ACCEPTED, 1,
                vn("2025-12-03T09:00:00"), nlb, 3));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.RESUBMITTED, 2,
                vn("2025-12-03T15:00:00"), List.of(atLeast("RADIO_BROADCASTS", 200), exact("TRAINED_OFFICIALS", 100),
                        ratio("ONLINE_DOSSIER_RATE", 300, 400), exact("TEAM_MEMBERS", 20), exact("LED_MIN", 5),
                        exact("LED_MAX", 5)), 4));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(exact("RADIO_BROADCASTS", 999), exact("TEAM_MEMBERS", 999)), 2));
        EventEnvelope anHung = Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, AN_HUNG,
                ReportStatus.SUBMITTED, 1, vn("2025-12-03T11:00:00"), List.of(about("RADIO_BROADCASTS", 150),
                        about("TRAINED_OFFICIALS", 200), exact("ONLINE_DOSSIER_RATE", 95), exact("TEAM_MEMBERS", 40),
                        exact("LED_MIN", 30), exact("LED_MAX", 30)), 2));
        Fixtures.resend(anHung);
        return id;
    }

    @Test
    void everyRuleAndQualifierOnTheLatestSubmittedVersions() {
        UUID id = reportedRound();
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].total.value", equalTo(378)));
        indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("basis", equalTo("LATEST_SUBMITTED"))
                // SUM with an "at least" and an "about" value: a lower bound, flagged as estimate
                .body("indicators[0].code", equalTo("RADIO_BROADCASTS"))
                .body("indicators[0].required", equalTo(3))
                .body("indicators[0].reportedBy", equalTo(3))
                .body("indicators[0].total.qualifier", equalTo("AT_LEAST"))
                .body("indicators[0].total.value", equalTo(378))
                .body("indicators[0].total.max", nullValue())
                .body("indicators[0].total.lowerBound", equalTo(true))
                .body("indicators[0].total.estimate", equalTo(true))
                .body("indicators[0].units.unitCode", contains(NGUYEN_LUONG_BANG, PHU_LIEN, AN_HUNG))
                .body("indicators[0].units[1].qualifier", equalTo("AT_LEAST"))
                .body("indicators[0].units[1].value", equalTo(200))
                .body("indicators[0].units[2].estimate", equalTo(true))
                // SUM with a range: [sum of mins, sum of maxes]
                .body("indicators[1].total.qualifier", equalTo("RANGE"))
                .body("indicators[1].total.min", equalTo(425))
                .body("indicators[1].total.max", equalTo(430))
                .body("indicators[1].total.value", nullValue())
                .body("indicators[1].total.estimate", equalTo(true))
                // RATIO_OF_SUMS: sum of numerators over sum of denominators, bare percentages excluded
                .body("indicators[2].total.qualifier", equalTo("RATIO"))
                .body("indicators[2].total.numerator", equalTo(5310))
                .body("indicators[2].total.denominator", equalTo(5492))
                .body("indicators[2].total.value", equalTo(96.69f))
                .body("indicators[2].excluded", contains(AN_HUNG))
                .body("indicators[2].units[0].numerator", equalTo(5010))
                .body("indicators[2].units[0].denominator", equalTo(5092))
                // AVERAGE, MIN, MAX; version 1 of Phù Liễn (999) arrived late and does not count
                .body("indicators[3].total.value", equalTo(23.33f))
                .body("indicators[3].total.qualifier", equalTo("EXACT"))
                .body("indicators[4].total.value", equalTo(5))
                .body("indicators[5].total.value", equalTo(30))
                // text: listed, not computed
                .body("indicators[6].total", nullValue())
                .body("indicators[6].reportedBy", equalTo(1))
                .body("indicators[6].units[0].text", equalTo("Ra mắt Tổ công nghệ số cộng đồng tại 12 thôn"));
        // A dashboard's poll: the city figures without each unit's values
        given().auth().oauth2(TestTokens.cityStaff()).queryParam("unitValues", false)
                .get("/api/v1/aggregation/rounds/" + id + "/indicators").then().statusCode(200)
                .body("indicators[0].total.value", equalTo(378))
                .body("indicators[0].reportedBy", equalTo(3))
                .body("indicators[0].units", nullValue())
                .body("indicators[2].excluded", contains(AN_HUNG));
    }

    @Test
    void acceptedBasisCountsOnlyAcceptedVersionsAndTheRatioStaysExact() {
        UUID id = reportedRound();
        eventually(() -> indicators(id, TestTokens.integration(), "ACCEPTED").statusCode(200)
                .body("indicators[0].total.value", equalTo(28)));
        indicators(id, TestTokens.integration(), "ACCEPTED").statusCode(200)
                .body("basis", equalTo("ACCEPTED"))
                .body("indicators[0].reportedBy", equalTo(1))
                .body("indicators[0].total.qualifier", equalTo("EXACT"))
                .body("indicators[0].total.value", equalTo(28))
                .body("indicators[1].total.min", equalTo(125))
                .body("indicators[1].total.max", equalTo(130))
                .body("indicators[2].total.numerator", equalTo(5010))
                .body("indicators[2].total.denominator", equalTo(5092))
                .body("indicators[2].total.value", equalTo(98.39f));
        // The latest-submitted view of the same round still has all three units.
        indicators(id, TestTokens.cityAdmin(), "LATEST_SUBMITTED").statusCode(200)
                .body("indicators[0].reportedBy", equalTo(3));
    }

    @Test
    void aUnitOfficerSeesOnlyTheirOwnValuesAndBadInputIsRefused() {
        UUID id = reportedRound();
        eventually(() -> indicators(id, TestTokens.unitOfficer(PHU_LIEN), null).statusCode(200)
                .body("indicators[0].units[0].value", equalTo(200)));
        indicators(id, TestTokens.unitOfficer(PHU_LIEN), null).statusCode(200)
                .body("indicators[0].total", nullValue())
                .body("indicators[0].units", hasSize(1))
                .body("indicators[0].units[0].unitCode", equalTo(PHU_LIEN))
                .body("indicators[0].units[0].value", equalTo(200));
        indicators(id, TestTokens.cityAdmin(), "EVERYTHING").statusCode(400)
                .body("type", equalTo("urn:nq57:problem:validation"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors[0].field", equalTo("basis"));
        indicators(id, TestTokens.unitOfficer(Fixtures.CAT_HAI), null).statusCode(403);
        indicators(id, TestTokens.otherCityAdmin(), null).statusCode(403);
        given().get("/api/v1/aggregation/rounds/" + id + "/indicators").then().statusCode(401);
    }

    @Test
    void aWithdrawnSubmissionNoLongerCountsAndTheUnitIsADraftAgain() {
        UUID id = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(id, List.of(NGUYEN_LUONG_BANG, PHU_LIEN), vn("2099-12-03T17:00:00"),
                CATALOGUE, 1));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, NGUYEN_LUONG_BANG, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(exact("RADIO_BROADCASTS", 28)), 2));
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(exact("RADIO_BROADCASTS", 7)), 2));
        eventually(() -> indicators(id, TestTokens.cityAdmin(), null).statusCode(200)
                .body("indicators[0].total.value", equalTo(35)));
        Fixtures.report(EventType.REPORT_WITHDRAWN, Fixtures.report(id, PHU_LIEN, ReportStatus.DRAFT, 1,
                vn("2025-12-03T10:00:00"), List.of(exact("RADIO_BROADCASTS", 7)), 3));
        eventually(() -> indicators(id, TestTokens.cityAdmin(), null).statusCode(200)
                .body("indicators[0].total.value", equalTo(28)));
        indicators(id, TestTokens.cityAdmin(), null).statusCode(200).body("indicators[0].reportedBy", equalTo(1));
        StatusMatrixTest.status(id, TestTokens.cityAdmin()).statusCode(200)
                .body("units[1].status", equalTo("DRAFT"))
                .body("overall.submitted", equalTo(1));
    }

    /** The roll-up a replica computed is recomputed when a report, the round or a unit changes. */
    @Test
    void aRollupFollowsEveryLaterChangeOfReportsRoundAndUnits() {
        String code = "7" + (System.nanoTime() % 10_000);
        Fixtures.send(EventType.UNIT_UPSERTED, code, Fixtures.testUnit(code, "Xã Thử Nghiệm"));
        UUID id = UUID.randomUUID();
        List<IndicatorDefinition> catalogue = List.of(indicator("CLASSES", "Số lớp", "lớp", IndicatorKind.COUNT,
                AggregationRule.SUM));
        RoundSnapshot round = Fixtures.round(id, List.of(code, PHU_LIEN), vn("2099-12-03T17:00:00"), catalogue, 1);
        Fixtures.send(EventType.ROUND_OPENED, id.toString(), round);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, code, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(exact("CLASSES", 4)), 1));
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].total.value", equalTo(4))
                .body("indicators[0].units[0].unitName", equalTo("Xã Thử Nghiệm")));

        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T10:00:00"), List.of(exact("CLASSES", 6)), 1));
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].total.value", equalTo(10))
                .body("indicators[0].reportedBy", equalTo(2)));

        Fixtures.send(EventType.UNIT_UPSERTED, code, new UnitSnapshot(code, "Thử Nghiệm", "Xã Thử Nghiệm Mới",
                UnitType.XA, "99", List.of(), true, 2));
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].units[0].unitName", equalTo("Xã Thử Nghiệm Mới")));

        Fixtures.send(EventType.ROUND_DEADLINE_CHANGED, id.toString(), new RoundSnapshot(
                id, null, round.title(), round.issuerUnitCode(), round.request(), round.period(), round.cutOffDate(),
                round.dueAt(), null, 3, List.of(PHU_LIEN), catalogue, 2));
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].required", equalTo(1))
                .body("indicators[0].total.value", equalTo(6)));

        Fixtures.report(EventType.REPORT_WITHDRAWN, Fixtures.report(id, PHU_LIEN, ReportStatus.DRAFT, 1, null,
                List.of(), 2));
        eventually(() -> indicators(id, TestTokens.cityStaff(), null).statusCode(200)
                .body("indicators[0].reportedBy", equalTo(0))
                .body("indicators[0].total", nullValue()));
    }
}
