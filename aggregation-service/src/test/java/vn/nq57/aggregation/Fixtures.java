package vn.nq57.aggregation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.nq57.contracts.events.AggregationRule;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorDefinition;
import vn.nq57.contracts.events.IndicatorKind;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.Qualifier;
import vn.nq57.contracts.events.Recommendation;
import vn.nq57.contracts.events.ReportNote;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.testinfra.EventWriter;
import vn.nq57.testinfra.TestTokens;

/** Events as plan-service and submission-service publish them, sent on the real broker. */
final class Fixtures {

    static final String CITY = "31";
    static final String NGUYEN_LUONG_BANG = "11242";
    static final String AN_HUNG = "11674";
    static final String THANH_MIEN = "11239";
    static final String PHU_LIEN = "11446";
    static final String THANH_DONG = "10507";
    static final String CAT_HAI = "11914";

    static final ThreadLocal<EventWriter> WRITER = ThreadLocal.withInitial(EventWriter::new);
    private static volatile boolean consuming;

    private Fixtures() {
    }

    static final List<UnitSnapshot> UNITS = List.of(
            unit(NGUYEN_LUONG_BANG, "Nguyễn Lương Bằng", "Xã Nguyễn Lương Bằng", UnitType.XA),
            unit(AN_HUNG, "An Hưng", "Xã An Hưng", UnitType.XA),
            unit(THANH_MIEN, "Thanh Miện", "Xã Thanh Miện", UnitType.XA),
            unit(PHU_LIEN, "Phù Liễn", "Phường Phù Liễn", UnitType.PHUONG),
            unit(THANH_DONG, "Thành Đông", "Phường Thành Đông", UnitType.PHUONG),
            unit(CAT_HAI, "Cát Hải", "Đặc khu Cát Hải", UnitType.DAC_KHU));

    static UnitSnapshot unit(String code, String name, String fullName, UnitType type) {
        return new UnitSnapshot(code, name, fullName, type, CITY, List.of("Phòng Văn hóa - Xã hội"), true, 1);
    }

    /** A unit made up by one test, under a province no other test counts. */
    static UnitSnapshot testUnit(String code, String name) {
        return new UnitSnapshot(code, name, name, UnitType.XA, "99", List.of(), true, 1);
    }

    /** Wraps and sends like an outbox relay; answers the envelope so a test can redeliver it. */
    static EventEnvelope send(EventType type, String subject, Object payload) {
        EventEnvelope event = EventCodec.wrap(type, source(type), subject, payload, OffsetDateTime.now());
        WRITER.get().send(event);
        return event;
    }

    static void resend(EventEnvelope event) {
        WRITER.get().send(event);
    }

    static void unitsAndRound(RoundSnapshot round) {
        UNITS.forEach(u -> send(EventType.UNIT_UPSERTED, u.code(), u));
        send(EventType.ROUND_OPENED, round.roundId().toString(), round);
    }

    static EventEnvelope report(EventType type, ReportSnapshot report) {
        return send(type, report.key(), report);
    }

    private static String source(EventType type) {
        return type.topic().contains("units") || type.topic().contains("plans") ? EventSources.PLAN_SERVICE
                : EventSources.SUBMISSION_SERVICE;
    }

    static RoundSnapshot round(UUID id, List<String> units, OffsetDateTime due, List<IndicatorDefinition> indicators,
            long revision) {
        return new RoundSnapshot(id, null, "Báo cáo kết quả thực hiện Kế hoạch số 192/KH-UBND năm 2025", CITY,
                new DocumentRef("4383/SKHCN-TTTT", java.time.LocalDate.of(2025, 12, 2), "Sở Khoa học và Công nghệ"),
                new ReportingPeriod("YEAR", 2025, null, java.time.LocalDate.of(2024, 12, 15),
                        java.time.LocalDate.of(2025, 12, 14)),
                java.time.LocalDate.of(2025, 12, 2), due, null, 3, units, indicators, revision);
    }

    static RoundSnapshot moved(RoundSnapshot round, OffsetDateTime due, long revision) {
        return new RoundSnapshot(round.roundId(), round.planId(), round.title(), round.issuerUnitCode(), round.request(),
                round.period(), round.cutOffDate(), due, round.dueAt(), round.resubmissionDays(),
                round.requiredUnitCodes(), round.indicators(), revision);
    }

    static IndicatorDefinition indicator(String code, String name, String uom, IndicatorKind kind,
            AggregationRule rule) {
        return new IndicatorDefinition(code, name, uom, kind, rule, null, null);
    }

    static ReportSnapshot report(UUID round, String unit, ReportStatus status, int version,
            OffsetDateTime submittedAt, List<IndicatorValue> values, long revision) {
        return notes(round, unit, status, version, submittedAt, values, List.of(), List.of(), revision);
    }

    /** The report as submission-service flags a submission made after the deadline then in force. */
    static ReportSnapshot late(ReportSnapshot r) {
        return new ReportSnapshot(r.reportId(), r.roundId(), r.unitCode(), r.status(), r.version(), r.submittedAt(),
                true, r.dueAt(), r.numberSymbol(), r.indicators(), r.difficulties(), r.causes(), r.recommendations(),
                r.actor(), r.comment(), r.sectionComments(), r.resubmitBy(), r.revision(), r.sections());
    }

    static ReportSnapshot notes(UUID round, String unit, ReportStatus status, int version, OffsetDateTime submittedAt,
            List<IndicatorValue> values, List<ReportNote> difficulties, List<Recommendation> recommendations,
            long revision) {
        return new ReportSnapshot(UUID.nameUUIDFromBytes((round + unit).getBytes()), round, unit, status, version,
                // as submission-service sends it: every submitted version carries its lateness (on time unless late(...))
                submittedAt, submittedAt == null ? null : Boolean.FALSE, null, null, values, difficulties, List.of(),
                recommendations,
                "officer-" + unit, null, null, null, revision);
    }

    /** The report with causes and section texts, as submission-service sends them. */
    static ReportSnapshot written(ReportSnapshot r, List<ReportNote> causes, List<ReportSection> sections) {
        return new ReportSnapshot(r.reportId(), r.roundId(), r.unitCode(), r.status(), r.version(), r.submittedAt(),
                r.late(), r.dueAt(), r.numberSymbol(), r.indicators(), r.difficulties(), causes, r.recommendations(),
                r.actor(), r.comment(), r.sectionComments(), r.resubmitBy(), r.revision(), sections);
    }

    static IndicatorValue exact(String code, long value) {
        return new IndicatorValue(code, Qualifier.EXACT, BigDecimal.valueOf(value), null, null, null, null, null, null);
    }

    static IndicatorValue atLeast(String code, long value) {
        return new IndicatorValue(code, Qualifier.AT_LEAST, BigDecimal.valueOf(value), null, null, null, null, null,
                null);
    }

    static IndicatorValue about(String code, long value) {
        return new IndicatorValue(code, Qualifier.ABOUT, BigDecimal.valueOf(value), null, null, null, null, null, null);
    }

    static IndicatorValue range(String code, long min, long max) {
        return new IndicatorValue(code, Qualifier.RANGE, null, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null,
                null, null, null);
    }

    static IndicatorValue ratio(String code, long numerator, long denominator) {
        return new IndicatorValue(code, Qualifier.RATIO, null, null, null, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), null, null);
    }

    static IndicatorValue text(String code, String text) {
        return new IndicatorValue(code, Qualifier.EXACT, null, null, null, null, null, text, null);
    }

    static OffsetDateTime vn(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00");
    }

    /**
     * The first events after start-up wait for the consumers' partition assignment; later ones are
     * asserted with {@link StatusMatrixTest#eventually}. Sends one event per topic and waits generously once per JVM.
     */
    static synchronized void ensureConsuming() {
        if (consuming) {
            return;
        }
        UUID round = UUID.randomUUID();
        unitsAndRound(round(round, List.of(PHU_LIEN), vn("2099-12-03T17:00:00"), List.of(indicator("WARM_UP",
                "Số buổi phát thanh", "buổi", IndicatorKind.COUNT, AggregationRule.SUM)), 1));
        report(EventType.REPORT_SUBMITTED, notes(round, PHU_LIEN, ReportStatus.SUBMITTED, 1, vn("2025-12-03T09:00:00"),
                List.of(exact("WARM_UP", 28)), List.of(new ReportNote("Cán bộ kiêm nhiệm", "STAFFING")), List.of(), 1));
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.cityAdmin()).get("/api/v1/aggregation/rounds/" + round + "/status")
                    .then().statusCode(200)
                    .body("units[0].status", org.hamcrest.Matchers.equalTo("SUBMITTED_ON_TIME"))
                    .body("units[0].unitName", org.hamcrest.Matchers.equalTo("Phường Phù Liễn"));
        });
        // Load every read path once, so the one-second assertions do not pay for class loading and JIT.
        String admin = TestTokens.cityAdmin();
        for (String path : List.of("/rounds/" + round + "/indicators", "/rounds/" + round + "/indicators?basis=ACCEPTED",
                "/rounds/" + round + "/difficulties", "/trends/WARM_UP", "/rounds")) {
            given().auth().oauth2(admin).get("/api/v1/aggregation" + path).then().statusCode(200);
        }
        consuming = true;
    }

    static List<String> codes(String... codes) {
        return new ArrayList<>(List.of(codes));
    }
}
