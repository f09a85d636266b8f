package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class DemoDataTest {

    private static final String ROUND = DemoData.ROUND_4383.toString();

    @Test
    void seedReportsAreSubmittedInRound4383() {
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds/" + ROUND).then().statusCode(200)
                .body("planId", equalTo(DemoData.CITY_PLAN_192.toString()))
                .body("request.numberSymbol", equalTo("4383/SKHCN-TTTT"))
                .body("request.issuedOn", equalTo("2025-12-02"))
                .body("dueAt", equalTo("2025-12-03T17:00:00+07:00"))
                .body("indicators.find { it.code == 'CDT_TRAINING_ROUNDS' }.target.qualifier", equalTo("AT_LEAST"))
                .body("indicators.find { it.code == 'CDT_TRAINING_ROUNDS' }.target.value", equalTo(2))
                .body("indicators.find { it.code == 'CDT_TRAINING_ROUNDS' }.target.per", equalTo("YEAR"))
                .body("indicators.find { it.code == 'SOCIAL_MEDIA_POSTS' }.unitOfMeasure", equalTo("tin bài"));
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/reports?roundId=" + ROUND).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.unitCode", equalTo(List.of(DemoData.NGUYEN_LUONG_BANG, DemoData.PHU_LIEN, DemoData.CAT_HAI)))
                .body("items.status", equalTo(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED")))
                .body("items.late", equalTo(List.of(false, false, true)))
                .body("items[1].draft.header.numberSymbol", equalTo("311/BC-UBND"))
                .body("items[1].draft.header.signerName", equalTo("Trần Quang Hưng"))
                .body("items[1].draft.header.recipients", equalTo(List.of("Sở Khoa học và Công nghệ thành phố",
                        "CT, PCT UBND phường (TQH)", "Các phòng, đơn vị thuộc phường", "Lưu: VT, VHXH")))
                .body("items[1].draft.recommendations.size()", equalTo(4))
                .body("items[1].draft.recommendations.addressee", equalTo(List.of("thành phố", "thành phố",
                        "Sở Khoa học và Công nghệ thành phố", "Sở Khoa học và Công nghệ thành phố")))
                .body("items[1].draft.recommendations[1].text", org.hamcrest.Matchers.containsString("nq57.vn"))
                .body("items[1].draft.sections.find { it.code == 'II' }.text",
                        org.hamcrest.Matchers.startsWith("Công tác truyền thông và tuyên truyền thực hiện Nghị quyết"))
                .body("items[1].draft.indicators.find { it.code == 'PORTAL_ARTICLES' }.value", equalTo(445))
                .body("items[1].draft.indicators.find { it.code == 'PORTAL_ARTICLES' }.qualifier", equalTo("AT_LEAST"))
                .body("items[0].draft.indicators.find { it.code == 'RADIO_BROADCASTS' }.value", equalTo(28))
                .body("items[0].draft.recommendations.size()", equalTo(6))
                .body("items[2].draft.indicators.find { it.code == 'CDT_MEMBERS' }.value", equalTo(386))
                .body("items[2].draft.indicators.find { it.code == 'CONTEST_REGISTRATIONS' }.value", equalTo(1440))
                .body("items[2].draft.indicators.find { it.code == 'SOCIAL_MEDIA_POSTS' }.value", equalTo(150))
                .body("items[2].draft.indicators.find { it.code == 'PORTAL_ARTICLES' }", org.hamcrest.Matchers.nullValue())
                .body("items[2].draft.indicators.find { it.code == 'CONTEST_PARTICIPATIONS' }.qualifier", equalTo("RANGE"))
                .body("items[2].draft.indicators.find { it.code == 'CONTEST_PARTICIPATIONS' }.min", equalTo(560))
                .body("items[2].draft.indicators.find { it.code == 'CONTEST_PARTICIPATIONS' }.max", equalTo(900))
                .body("items[2].draft.indicators.find { it.code == 'CONTEST_PARTICIPATIONS' }.atLeast", equalTo(true));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            RoundSnapshot round = EventCodec.data(rounds.await(r -> r.event().subject().equals(ROUND)
                    && r.event().type().equals(EventType.ROUND_OPENED.type()), Duration.ofSeconds(30)).event(),
                    RoundSnapshot.class);
            assertEquals(DemoData.CITY_PLAN_192, round.planId());
            assertEquals(List.of(DemoData.NGUYEN_LUONG_BANG, DemoData.PHU_LIEN, DemoData.AN_HUNG, DemoData.CAT_HAI),
                    round.requiredUnitCodes());
        }
        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            ReportSnapshot catHai = EventCodec.data(reports.await(r -> r.key().equals(ROUND + ":" + DemoData.CAT_HAI)
                    && r.event().type().equals(EventType.REPORT_SUBMITTED.type()), Duration.ofSeconds(30)).event(),
                    ReportSnapshot.class);
            assertTrue(catHai.late());
            assertEquals(1, catHai.version());
            IndicatorValue rate = catHai.indicators().stream().filter(v -> v.code().equals("ONLINE_DOSSIER_RATE"))
                    .findFirst().orElseThrow();
            assertEquals(Qualifier.RATIO, rate.qualifier());
            assertEquals(0, new BigDecimal("5010").compareTo(rate.numerator()));
            assertEquals(0, new BigDecimal("5092").compareTo(rate.denominator()));
            assertEquals("Điều kiện địa lý tách biệt giữa khu vực đảo Cát Bà và đảo Cát Hải", catHai.causes().get(0).text());
            ReportSnapshot phuLien = EventCodec.data(reports.await(r -> r.key().equals(ROUND + ":" + DemoData.PHU_LIEN)
                    && r.event().type().equals(EventType.REPORT_SUBMITTED.type()), Duration.ofSeconds(30)).event(),
                    ReportSnapshot.class);
            assertFalse(phuLien.late());
            assertEquals("311/BC-UBND", phuLien.numberSymbol());
            reports.await(r -> r.key().equals(ROUND + ":" + DemoData.NGUYEN_LUONG_BANG)
                    && r.event().type().equals(EventType.REPORT_DRAFT_STARTED.type()), Duration.ofSeconds(30));
        }
    }
}
