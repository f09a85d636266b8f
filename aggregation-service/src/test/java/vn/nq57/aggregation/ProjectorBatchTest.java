package vn.nq57.aggregation;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.nq57.aggregation.Fixtures.AN_HUNG;
import static vn.nq57.aggregation.Fixtures.PHU_LIEN;
import static vn.nq57.aggregation.Fixtures.vn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq57.aggregation.ingest.Outcome;
import vn.nq57.aggregation.ingest.Projector;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.PlatformTestResource;
import vn.nq57.testinfra.TestTokens;

/** A poll of report events is applied in one transaction: all of it, or none of it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, restrictToAnnotatedClass = false, initArgs = {
    @ResourceArg(name = "servers", value = "postgres,kafka,oidc"),
    @ResourceArg(name = "database", value = "aggregation")})
class ProjectorBatchTest {

    @Inject
    Projector projector;
    @Inject
    TestClock clock;

    @BeforeEach
    void consumersRunning() {
        Fixtures.ensureConsuming();
    }

    @Test
    void aPollIsAppliedInOrderEachEventGetsItsOutcomeAndTheCachedMatrixMovesOn() {
        UUID round = openedRound();
        EventEnvelope phuLien = submitted(round, PHU_LIEN, 1);
        List<String> poll = List.of(EventCodec.encode(phuLien), EventCodec.encode(submitted(round, AN_HUNG, 1)),
                EventCodec.encode(phuLien), "{ not json", EventCodec.encode(submitted(round, PHU_LIEN, 1)));

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.DUPLICATE, Outcome.MALFORMED, Outcome.STALE),
                projector.applyBatch(Topics.REPORTS, poll));
        // read right away, without waiting: the batch's commit moved the province's change number
        StatusMatrixTest.status(round, TestTokens.cityAdmin()).statusCode(200)
                .body("units.status", everyItem(equalTo("SUBMITTED_ON_TIME")));
    }

    @Test
    void aPollWithOneEventPostgresRefusesChangesNothingAndItsOtherEventsApplyAfterwards() {
        UUID round = openedRound();
        String good = EventCodec.encode(submitted(round, AN_HUNG, 1));
        List<String> poll = List.of(good, EventCodec.encode(DeadLetterTest.poisonReport(round, PHU_LIEN, 1)));

        assertThrows(RuntimeException.class, () -> projector.applyBatch(Topics.REPORTS, poll));
        StatusMatrixTest.status(round, TestTokens.cityAdmin()).statusCode(200)
                .body("units.status", everyItem(equalTo("NOT_STARTED")));

        assertEquals(List.of(Outcome.APPLIED), projector.applyBatch(Topics.REPORTS, List.of(good)),
                "the refused poll did not mark its events as processed");
    }

    /** A round of two units the consumers have applied, and its matrix read once (so it is cached). */
    private UUID openedRound() {
        clock.set(vn("2025-12-03T12:00:00"));
        UUID round = UUID.randomUUID();
        Fixtures.unitsAndRound(Fixtures.round(round, List.of(PHU_LIEN, AN_HUNG), vn("2025-12-03T17:00:00"), List.of(), 1));
        StatusMatrixTest.eventually(() -> StatusMatrixTest.status(round, TestTokens.cityAdmin()).statusCode(200)
                .body("units", hasSize(2)).body("units.status", everyItem(equalTo("NOT_STARTED"))));
        return round;
    }

    private static EventEnvelope submitted(UUID round, String unit, long revision) {
        ReportSnapshot report = Fixtures.report(round, unit, ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"),
                List.of(), revision);
        return EventCodec.wrap(EventType.REPORT_SUBMITTED, EventSources.SUBMISSION_SERVICE, report.key(), report,
                OffsetDateTime.now());
    }
}
