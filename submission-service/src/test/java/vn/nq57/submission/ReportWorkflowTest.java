package vn.nq57.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.EventReader;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "servers", value = "mongo,kafka,oidc"))
class ReportWorkflowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void roundDraftSubmitReturnResubmitAccept() {
        UUID planId = Fixtures.publishCityPlan();
        OffsetDateTime due = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(2).withNano(0);
        String roundId = Fixtures.openRound(planId, due);

        given().auth().oauth2(TestTokens.unitOfficer(Fixtures.PHU_LIEN)).get("/api/v1/rounds/" + roundId)
                .then().statusCode(200)
                .body("request.numberSymbol", equalTo("4383/SKHCN-TTTT"))
                .body("period.from", equalTo("2025-01-01"))
                .body("period.to", equalTo("2025-12-31"))
                .body("cutOffDate", equalTo("2025-12-31"))
                .body("requiredUnitCodes", hasItems(Fixtures.PHU_LIEN, Fixtures.CAT_HAI))
                .body("outline.code", hasItems("I", "II", "III"))
                .body("indicators.code", hasItems("ONLINE_DOSSIER_RATE", "RADIO_BROADCASTS"));

        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?q=KET QUA thuc hien 4383&size=200")
                .then().statusCode(200).body("items.roundId", hasItems(roundId));
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/rounds?q=khong co dot nay&size=200")
                .then().statusCode(200).body("total", equalTo(0));

        String reportId = Fixtures.createDraft(roundId, Fixtures.PHU_LIEN);
        String officer = TestTokens.unitOfficer(Fixtures.PHU_LIEN);
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("DRAFT"))
                .body("draft.header.numberSymbol", equalTo("311/BC-UBND"))
                .body("draft.indicators.find { it.code == 'ONLINE_DOSSIER_RATE' }.numerator", equalTo(5010));

        Fixtures.submit(reportId, Fixtures.PHU_LIEN).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("latestVersion", equalTo(1)).body("late", equalTo(false));

        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON)
                .body(Map.of("comment", "Đề nghị bổ sung số liệu", "sectionComments",
                        java.util.List.of(Map.of("code", "I.2.2", "comment", "Thiếu số tin bài trên mạng xã hội"))))
                .post("/api/v1/reports/" + reportId + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("review.sectionComments[0].code", equalTo("I.2.2"))
                .body("review.resubmitBy", notNullValue());

        String etag = given().auth().oauth2(officer).get("/api/v1/reports/" + reportId).then().extract().header("ETag");
        Map<String, Object> revised = Fixtures.completeContent();
        revised.put("sections", java.util.List.of(
                Fixtures.section("I.1.1", "Quán triệt tới 100% cán bộ."),
                Fixtures.section("I.1.2", "Kế hoạch số 48/KH-UBND."),
                Fixtures.section("I.2.1", "Phát sóng trên 71 cụm loa số."),
                Fixtures.section("I.2.2", "Hơn 445 tin bài; các fanpage Đoàn Thanh niên, Hội Phụ nữ duy trì chuyên đề."),
                Fixtures.section("I.4", "Nhận thức được nâng lên."),
                Fixtures.section("I.5", "Khó khăn về nhân lực."),
                Fixtures.section("II", "Triển khai đồng bộ."),
                Fixtures.section("III", "Kiến nghị.")));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag).body(revised)
                .put("/api/v1/reports/" + reportId).then().statusCode(200);

        Fixtures.submit(reportId, Fixtures.PHU_LIEN).statusCode(200)
                .body("status", equalTo("RESUBMITTED")).body("latestVersion", equalTo(2));

        given().auth().oauth2(TestTokens.cityStaff()).contentType(ContentType.JSON).body(Map.of("comment", "Đạt yêu cầu"))
                .post("/api/v1/reports/" + reportId + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(TestTokens.integration()).get("/api/v1/reports/" + reportId + "/versions")
                .then().statusCode(200).body("$", hasSize(2))
                .body("[0].version", equalTo(1)).body("[0].status", equalTo("SUBMITTED"))
                .body("[0].content.sections.find { it.code == 'I.2.2' }.text", equalTo("Đăng tải hơn 445 tin bài về cải cách hành chính và chuyển đổi số."))
                .body("[1].version", equalTo(2)).body("[1].status", equalTo("RESUBMITTED"));
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/versions/1")
                .then().statusCode(200).body("late", equalTo(false)).body("submittedAt", notNullValue());
        given().auth().oauth2(officer).get("/api/v1/reports/" + reportId + "/versions/3").then().statusCode(404);
        given().auth().oauth2(TestTokens.cityStaff()).get("/api/v1/reports/" + reportId + "/audit")
                .then().statusCode(200).body("$", hasSize(5))
                .body("action", equalTo(java.util.List.of("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT")))
                .body("[2].from", equalTo("SUBMITTED")).body("[2].to", equalTo("RETURNED"))
                .body("[2].actor", equalTo("city-staff-hp")).body("[2].comment", equalTo("Đề nghị bổ sung số liệu"))
                .body("[4].to", equalTo("ACCEPTED"));

        try (EventReader rounds = new EventReader(Topics.ROUNDS)) {
            EventReader.Received opened = rounds.await(r -> r.event().subject().equals(roundId), WAIT);
            assertEquals(roundId, opened.key());
            assertEquals(EventType.ROUND_OPENED.type(), opened.event().type());
            assertEquals("urn:nq57:submission-service", opened.event().source());
            assertEquals(EventEnvelope.CONTENT_TYPE, opened.headers().get("content-type"));
            RoundSnapshot round = EventCodec.data(opened.event(), RoundSnapshot.class);
            assertEquals(planId, round.planId());
            assertEquals("31", round.issuerUnitCode());
            assertEquals("4383/SKHCN-TTTT", round.request().numberSymbol());
            assertEquals(due.toInstant(), round.dueAt().toInstant());
            assertEquals(3, round.resubmissionDays());
            assertEquals(Fixtures.UNITS, round.requiredUnitCodes());
            assertTrue(round.indicators().stream().anyMatch(i -> i.code().equals("ONLINE_DOSSIER_RATE")));
            assertEquals(1, round.revision());
        }
        String key = roundId + ":" + Fixtures.PHU_LIEN;
        try (EventReader reports = new EventReader(Topics.REPORTS)) {
            var events = reports.awaitCount(r -> key.equals(r.key()), 5, WAIT);
            assertEquals(java.util.List.of(EventType.REPORT_DRAFT_STARTED.type(), EventType.REPORT_SUBMITTED.type(),
                    EventType.REPORT_RETURNED.type(), EventType.REPORT_SUBMITTED.type(), EventType.REPORT_ACCEPTED.type()),
                    events.stream().map(r -> r.event().type()).toList());
            ReportSnapshot draft = EventCodec.data(events.get(0).event(), ReportSnapshot.class);
            assertEquals(0, draft.version());
            assertEquals(ReportStatus.DRAFT, draft.status());
            assertEquals(java.util.List.of(), draft.indicators(), "a draft's figures stay in submission-service");
            assertEquals(java.util.List.of(), draft.sections());
            assertEquals(java.util.List.of(), draft.difficulties());
            assertNull(draft.numberSymbol());
            ReportSnapshot submitted = EventCodec.data(events.get(1).event(), ReportSnapshot.class);
            assertEquals(UUID.fromString(reportId), submitted.reportId());
            assertEquals(UUID.fromString(roundId), submitted.roundId());
            assertEquals(Fixtures.PHU_LIEN, submitted.unitCode());
            assertEquals(ReportStatus.SUBMITTED, submitted.status());
            assertEquals(1, submitted.version());
            assertFalse(submitted.late());
            assertNotNull(submitted.submittedAt());
            assertEquals(due.toInstant(), submitted.dueAt().toInstant());
            assertEquals("311/BC-UBND", submitted.numberSymbol());
            assertEquals("officer-11446", submitted.actor());
            IndicatorValue rate = submitted.indicators().stream().filter(i -> i.code().equals("ONLINE_DOSSIER_RATE"))
                    .findFirst().orElseThrow();
            assertEquals(Qualifier.RATIO, rate.qualifier());
            assertEquals(0, new BigDecimal("5010").compareTo(rate.numerator()));
            assertEquals(0, new BigDecimal("5092").compareTo(rate.denominator()));
            IndicatorValue training = submitted.indicators().stream().filter(i -> i.code().equals("TRAINING_PARTICIPANTS"))
                    .findFirst().orElseThrow();
            assertEquals(Qualifier.RANGE, training.qualifier());
            assertEquals(0, new BigDecimal("125").compareTo(training.min()));
            assertEquals("Người cao tuổi ít sử dụng nền tảng số", submitted.difficulties().get(0).text());
            assertEquals("STAFFING", submitted.causes().get(0).theme());
            assertEquals("UBND thành phố", submitted.recommendations().get(0).addressee());
            assertNull(submitted.comment());

            ReportSnapshot returned = EventCodec.data(events.get(2).event(), ReportSnapshot.class);
            assertEquals(ReportStatus.RETURNED, returned.status());
            assertEquals("Đề nghị bổ sung số liệu", returned.comment());
            assertEquals("Thiếu số tin bài trên mạng xã hội", returned.sectionComments().get("I.2.2"));
            assertNotNull(returned.resubmitBy());
            assertEquals("city-staff-hp", returned.actor());

            ReportSnapshot resubmitted = EventCodec.data(events.get(3).event(), ReportSnapshot.class);
            assertEquals(ReportStatus.RESUBMITTED, resubmitted.status());
            assertEquals(2, resubmitted.version());
            assertFalse(resubmitted.late());
            // the texts of version 2, in outline order, titled by the round's outline
            assertEquals(java.util.List.of("I.1.1", "I.1.2", "I.2.1", "I.2.2", "I.4", "I.5", "II", "III"),
                    resubmitted.sections().stream().map(ReportSection::code).toList());
            assertEquals(new ReportSection("I.2.1", "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW và văn bản "
                    + "liên quan", "Phát sóng trên 71 cụm loa số."), resubmitted.sections().get(2));
            assertEquals(new ReportSection("II", "Đánh giá chung", "Triển khai đồng bộ."), resubmitted.sections().get(6));
            assertEquals("Duy trì phát sóng trên 71 cụm loa truyền thanh số và 38 cụm có dây.",
                    submitted.sections().get(2).text(), "version 1 carried its own texts");

            ReportSnapshot accepted = EventCodec.data(events.get(4).event(), ReportSnapshot.class);
            assertEquals(ReportStatus.ACCEPTED, accepted.status());
            assertEquals("Đạt yêu cầu", accepted.comment());
            assertEquals(2, accepted.version());
            assertTrue(accepted.revision() > resubmitted.revision());
            assertTrue(resubmitted.revision() > returned.revision());
        }
    }
}
