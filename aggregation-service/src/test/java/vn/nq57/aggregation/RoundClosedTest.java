package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.CAT_HAI;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.vn;
import static vn.nq57.aggregation.StatusMatrixTest.eventually;
import static vn.nq57.aggregation.StatusMatrixTest.status;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** round.closed and round.reopened: the matrix says when the data were closed, and whose deadline is its own. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class RoundClosedTest {

    private static final String CLOSED_LINE = "Số liệu chốt lúc 09:05 ngày 04/12/2025";

    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    @Test
    void closedRoundCarriesItsClosingTimeAndTheReopenedUnitsOwnDeadline() throws Exception {
        UUID id = UUID.randomUUID();
        RoundSnapshot round = Fixtures.round(id, List.of(PHU_LIEN, AN_HUNG, CAT_HAI), vn("2025-12-03T17:00:00"),
                List.of(), 1);
        clock.set(vn("2025-12-04T10:00:00"));
        Fixtures.unitsAndRound(round);
        Fixtures.report(EventType.REPORT_SUBMITTED, Fixtures.report(id, PHU_LIEN, ReportStatus.SUBMITTED, 1,
                vn("2025-12-03T09:00:00"), List.of(), 2));
        eventually(() -> status(id, TestTokens.cityStaff()).statusCode(200)
                .body("units[0].status", equalTo("SUBMITTED_ON_TIME"))
                .body("closedAt", nullValue()).body("reopenedUnits", hasSize(0)));
        assertFalse(docxText(id).contains("Số liệu chốt lúc"));

        RoundSnapshot closed = closed(round, 2, List.of());
        Fixtures.send(EventType.ROUND_CLOSED, id.toString(), closed);
        eventually(() -> status(id, TestTokens.cityStaff()).statusCode(200)
                .body("closedAt", equalTo("2025-12-04T09:05:00+07:00")));
        status(id, TestTokens.cityStaff()).body("units[1].status", equalTo("OVERDUE"))
                .body("units[2].status", equalTo("OVERDUE"));
        assertTrue(docxText(id).contains(CLOSED_LINE), docxText(id));

        RoundReopening catHai = new RoundReopening(CAT_HAI, "Đặc khu mất điện do bão", vn("2025-12-06T17:00:00"),
                "admin-31", vn("2025-12-04T09:30:00"));
        Fixtures.send(EventType.ROUND_REOPENED, id.toString(), closed(round, 3, List.of(catHai)));
        eventually(() -> status(id, TestTokens.cityStaff()).statusCode(200)
                .body("reopenedUnits", hasSize(1))
                .body("reopenedUnits[0].unitCode", equalTo(CAT_HAI))
                .body("reopenedUnits[0].dueAt", equalTo("2025-12-06T17:00:00+07:00"))
                .body("reopenedUnits[0].reason", equalTo("Đặc khu mất điện do bão"))
                .body("units[1].status", equalTo("OVERDUE"))
                .body("units[2].status", equalTo("NOT_STARTED"))
                .body("overall.overdue", equalTo(1)));
        status(id, TestTokens.unitOfficer(CAT_HAI)).statusCode(200)
                .body("closedAt", equalTo("2025-12-04T09:05:00+07:00"))
                .body("reopenedUnits[0].unitCode", equalTo(CAT_HAI));
        status(id, TestTokens.unitOfficer(AN_HUNG)).statusCode(200).body("reopenedUnits", hasSize(0));

        // an older event arriving late does not reopen the round's closing
        Fixtures.send(EventType.ROUND_OPENED, id.toString(), round);
        Fixtures.report(EventType.REPORT_DRAFT_STARTED, Fixtures.report(id, CAT_HAI, ReportStatus.DRAFT, 0, null,
                List.of(), 1));
        eventually(() -> status(id, TestTokens.cityStaff()).statusCode(200)
                .body("units[2].status", equalTo("DRAFT"))
                .body("closedAt", equalTo("2025-12-04T09:05:00+07:00")));
    }

    private static RoundSnapshot closed(RoundSnapshot r, long revision, List<RoundReopening> reopenings) {
        OffsetDateTime closedAt = vn("2025-12-04T09:05:00");
        return new RoundSnapshot(r.roundId(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.period(),
                r.cutOffDate(), r.dueAt(), r.previousDueAt(), r.resubmissionDays(), r.requiredUnitCodes(), r.indicators(),
                revision, closedAt.withOffsetSameInstant(java.time.ZoneOffset.UTC), "admin-31", reopenings);
    }

    private static String docxText(UUID id) throws Exception {
        byte[] report = given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/aggregation/rounds/" + id
                + "/report.docx").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
            return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }
}
