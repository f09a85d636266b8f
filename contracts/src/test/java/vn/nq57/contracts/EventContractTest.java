package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSchemas;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.PlanStatus;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;

class EventContractTest {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final OffsetDateTime DUE = OffsetDateTime.of(2025, 12, 3, 17, 0, 0, 0, VN);

    static UnitSnapshot phuLien() {
        return new UnitSnapshot(DemoData.PHU_LIEN, "Phù Liễn", "Phường Phù Liễn", UnitType.PHUONG, "31",
                List.of("Phòng Văn hóa - Xã hội", "Văn phòng HĐND-UBND"), true, 1);
    }

    static PlanSnapshot plan192() {
        return new PlanSnapshot(DemoData.CITY_PLAN_192, 1, null, PlanStatus.ISSUED, "31", "192/KH-UBND",
                "Tuyên truyền Nghị quyết số 57-NQ/TW", LocalDate.of(2025, 8, 8), 2025, null, null, 1);
    }

    static RoundSnapshot round4383() {
        IndicatorDefinition dossiers = new IndicatorDefinition("ONLINE_DOSSIER_RATE", "Tỷ lệ hồ sơ trực tuyến", "%",
                IndicatorKind.RATIO, AggregationRule.RATIO_OF_SUMS, BigDecimal.ZERO, null);
        return new RoundSnapshot(DemoData.ROUND_4383, DemoData.CITY_PLAN_192, "Báo cáo kết quả tuyên truyền NQ57 năm 2025",
                "31", new DocumentRef("4383/SKHCN-TTTT", LocalDate.of(2025, 12, 2), "Sở Khoa học và Công nghệ"),
                new ReportingPeriod("YEAR", 2025, null, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14)),
                LocalDate.of(2025, 12, 14), DUE, null, 3, List.of(DemoData.PHU_LIEN, DemoData.CAT_HAI), List.of(dossiers), 1);
    }

    static RoundSnapshot closed4383() {
        RoundSnapshot r = round4383();
        return new RoundSnapshot(r.roundId(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.period(),
                r.cutOffDate(), r.dueAt(), r.previousDueAt(), r.resubmissionDays(), r.requiredUnitCodes(), r.indicators(), 2,
                DUE.plusHours(1), "admin-31", List.of());
    }

    static RoundSnapshot reopened4383() {
        RoundSnapshot r = closed4383();
        RoundReopening cat = new RoundReopening(DemoData.CAT_HAI, "Đặc khu bị mất điện do bão", DUE.plusDays(2),
                "admin-31", DUE.plusHours(3));
        return new RoundSnapshot(r.roundId(), r.planId(), r.title(), r.issuerUnitCode(), r.request(), r.period(),
                r.cutOffDate(), r.dueAt(), r.previousDueAt(), r.resubmissionDays(), r.requiredUnitCodes(), r.indicators(), 3,
                r.closedAt(), r.closedBy(), List.of(cat));
    }

    @Test
    void closingAndReopeningExtendTheRoundSnapshotCompatibly() {
        RoundSnapshot reopened = reopened4383();
        assertTrue(reopened.closed());
        assertEquals(DUE.plusDays(2), reopened.reopeningOf(DemoData.CAT_HAI).orElseThrow().dueAt());
        assertTrue(reopened.reopeningOf(DemoData.PHU_LIEN).isEmpty());
        assertEquals(DemoData.CAT_HAI, reopened.latestReopening().orElseThrow().unitCode());
        // an event written before closing existed has none of the new fields: still decodes, as an open round
        String old = EventCodec.encode(EventCodec.wrap(EventType.ROUND_OPENED, EventSources.SUBMISSION_SERVICE,
                "r", round4383(), DUE)).replace(",\"closedAt\":null", "").replace(",\"closedBy\":null", "")
                .replace(",\"reopenings\":[]", "");
        assertFalse(old.contains("closedAt"), old);
        EventEnvelope decoded = EventCodec.decode(old);
        RoundSnapshot round = EventCodec.data(decoded, RoundSnapshot.class);
        assertFalse(round.closed());
        assertTrue(round.latestReopening().isEmpty());
        assertEquals(List.of(), EventSchemas.problems(decoded));
        String badReopening = EventCodec.encode(EventCodec.wrap(EventType.ROUND_REOPENED, EventSources.SUBMISSION_SERVICE,
                "r", reopened, DUE)).replace("\"unitCode\":\"" + DemoData.CAT_HAI + "\"", "\"unitCode\":\"x\"");
        assertEquals(1, EventSchemas.problems(EventCodec.decode(badReopening)).size());
    }

    static ReportSnapshot submittedReport() {
        IndicatorValue ratio = new IndicatorValue("ONLINE_DOSSIER_RATE", Qualifier.RATIO, null, null, null,
                new BigDecimal("5010"), new BigDecimal("5092"), null, "98,39%");
        return new ReportSnapshot(UUID.randomUUID(), DemoData.ROUND_4383, DemoData.PHU_LIEN, ReportStatus.SUBMITTED, 1,
                DUE.minusHours(8), false, DUE, "311/BC-UBND", List.of(ratio),
                List.of(new ReportNote("Cán bộ kiêm nhiệm, quá tải", "STAFFING")), List.of(),
                List.of(new Recommendation("Tập huấn kỹ năng số", "Sở Khoa học và Công nghệ", "TRAINING")),
                "officer-11446", null, Map.of(), null, 3, List.of(
                        new ReportSection("I.2.1", "Tuyên truyền quan điểm chỉ đạo của Nghị quyết 57-NQ/TW",
                                "Phường duy trì 71 cụm loa truyền thanh số và 38 cụm có dây."),
                        new ReportSection("II", "Đánh giá chung", "Công tác tuyên truyền được triển khai nghiêm túc.")));
    }

    @Test
    void aReportWithoutSectionsStillDecodesAsBefore() {
        ReportSnapshot older = submittedReport().withoutSections();
        String json = EventCodec.encode(EventCodec.wrap(EventType.REPORT_SUBMITTED, EventSources.SUBMISSION_SERVICE,
                older.key(), older, DUE)).replace(",\"sections\":null", "");
        assertFalse(json.contains("sections"), json);
        EventEnvelope received = EventCodec.decode(json);
        assertEquals(older, EventCodec.data(received, ReportSnapshot.class));
        assertEquals(List.of(), EventSchemas.problems(received));
    }

    @Test
    void everyEventTypeRoundTripsAndHonoursItsSchema() {
        Map<EventType, Object> samples = Map.ofEntries(
                Map.entry(EventType.UNIT_UPSERTED, phuLien()),
                Map.entry(EventType.PLAN_ISSUED, plan192()),
                Map.entry(EventType.PLAN_AMENDED, plan192()),
                Map.entry(EventType.PLAN_SUPERSEDED, plan192()),
                Map.entry(EventType.PLAN_CLOSED, plan192()),
                Map.entry(EventType.ROUND_OPENED, round4383()),
                Map.entry(EventType.ROUND_DEADLINE_CHANGED, round4383()),
                Map.entry(EventType.ROUND_CLOSED, closed4383()),
                Map.entry(EventType.ROUND_REOPENED, reopened4383()),
                Map.entry(EventType.REPORT_DRAFT_STARTED, submittedReport()),
                Map.entry(EventType.REPORT_SUBMITTED, submittedReport()),
                Map.entry(EventType.REPORT_RETURNED, submittedReport()),
                Map.entry(EventType.REPORT_ACCEPTED, submittedReport()),
                Map.entry(EventType.REPORT_WITHDRAWN, submittedReport()));
        assertEquals(EventType.values().length, samples.size());
        samples.forEach((type, payload) -> {
            EventEnvelope sent = EventCodec.wrap(type, EventSources.SUBMISSION_SERVICE, "subject-1", payload, DUE);
            EventEnvelope received = EventCodec.decode(EventCodec.encode(sent));
            assertEquals(EventCodec.encode(sent), EventCodec.encode(received), type.type());
            assertEquals(payload, EventCodec.data(received, type.payload()), type.type());
            assertEquals(List.of(), EventSchemas.problems(received), type.type());
        });
    }

    @Test
    void envelopeCarriesCloudEventsAttributesInUtc() {
        EventEnvelope event = EventCodec.wrap(EventType.REPORT_SUBMITTED, EventSources.SUBMISSION_SERVICE,
                submittedReport().key(), submittedReport(), DUE);
        assertEquals("1.0", event.specversion());
        assertEquals("vn.nq57.report.submitted", event.type());
        assertEquals(Topics.REPORTS, event.eventType().topic());
        assertEquals("urn:nq57:schema:report.v1.json", event.dataschema());
        assertEquals(ZoneOffset.UTC, event.time().getOffset());
        assertEquals(DUE.toInstant(), event.time().toInstant());
        assertTrue(EventCodec.encode(event).contains("\"numerator\":5010"));
    }

    @Test
    void schemaRejectsAPayloadThatBreaksTheContract() {
        EventEnvelope good = EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, "11446", phuLien(), DUE);
        String broken = EventCodec.encode(good).replace("\"type\":\"PHUONG\"", "\"type\":\"VILLAGE\"")
                .replace("\"code\":\"11446\"", "\"code\":\"ABC\"");
        List<String> problems = EventSchemas.problems(EventCodec.decode(broken));
        assertEquals(2, problems.size(), problems.toString());
        assertFalse(EventSchemas.problems(new EventEnvelope("0.3", good.id(), good.source(), good.type(), good.subject(),
                good.time(), good.datacontenttype(), good.dataschema(), good.data())).isEmpty());
    }

    @Test
    void wrapRefusesAPayloadOfTheWrongType() {
        assertThrows(IllegalArgumentException.class,
                () -> EventCodec.wrap(EventType.PLAN_ISSUED, EventSources.PLAN_SERVICE, "x", phuLien(), DUE));
        assertThrows(IllegalArgumentException.class, () -> EventCodec.decode("{not json"));
    }
}
