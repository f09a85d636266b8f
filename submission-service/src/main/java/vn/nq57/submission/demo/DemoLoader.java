package vn.nq57.submission.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.nq57.contracts.demo.DemoData;
import vn.nq57.contracts.events.DocumentRef;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.ReportingPeriod;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.submission.report.CreateReportRequest;
import vn.nq57.submission.report.ReportContent;
import vn.nq57.submission.report.ReportEntity;
import vn.nq57.submission.report.ReportRepository;
import vn.nq57.submission.report.ReportService;
import vn.nq57.submission.round.OpenRoundRequest;
import vn.nq57.submission.round.RoundRepository;
import vn.nq57.submission.round.RoundService;

/**
 * Loads round 4383 of plan 192 and the three seed reports (Nguyễn Lương Bằng, Phù Liễn, Cát Hải)
 * through the same services as the API, so the same events are published. The round is opened
 * trusting the fixed id {@link DemoData#CITY_PLAN_192} rather than waiting for plan-service's
 * {@code plan.issued}: demo data must load even when this service starts first. Loading twice
 * changes nothing.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);
    private static final String ACTOR = "demo-loader";

    @ConfigProperty(name = "nq57.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    RoundService roundService;

    @Inject
    RoundRepository rounds;

    @Inject
    ReportService reportService;

    @Inject
    ReportRepository reports;

    /** One seed report as fixed in {@code src/main/resources/demo/}. */
    record DemoReport(String unitCode, String source, OffsetDateTime createdAt, OffsetDateTime submittedAt,
            ReportContent content) {
    }

    void load(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (rounds.find(DemoData.ROUND_4383).isEmpty()) {
            openRound4383();
        }
        for (String unit : List.of(DemoData.NGUYEN_LUONG_BANG, DemoData.PHU_LIEN, DemoData.CAT_HAI)) {
            if (reports.find(DemoData.ROUND_4383, unit).isEmpty()) {
                submit(read("/demo/report-" + unit + ".json"));
            }
        }
        LOG.info("Demo data: round 4383/SKHCN-TTTT and the seed reports are loaded");
    }

    private void openRound4383() {
        OffsetDateTime openedAt = OffsetDateTime.parse("2025-12-02T08:00:00+07:00");
        OpenRoundRequest body = new OpenRoundRequest(DemoData.CITY_PLAN_192,
                "Báo cáo các nhiệm vụ được giao theo Kế hoạch số 192/KH-UBND ngày 08/8/2025",
                new DocumentRef("4383/SKHCN-TTTT", LocalDate.of(2025, 12, 2), "Sở Khoa học và Công nghệ thành phố Hải Phòng"),
                new ReportingPeriod("YEAR", 2025, null, null, null), null,
                OffsetDateTime.parse("2025-12-03T17:00:00+07:00"), 3,
                List.of(DemoData.NGUYEN_LUONG_BANG, DemoData.PHU_LIEN, DemoData.AN_HUNG, DemoData.CAT_HAI), null, null);
        roundService.open(body, new RoundService.Origin(ACTOR, DemoData.CITY_CODE, DemoData.ROUND_4383, null, null, true,
                openedAt));
    }

    private void submit(DemoReport demo) {
        Caller officer = new Caller("officer-" + demo.unitCode(), Set.of(Roles.UNIT_OFFICER), demo.unitCode(), null);
        ReportEntity draft = reportService.create(new CreateReportRequest(DemoData.ROUND_4383, demo.unitCode(),
                demo.content()), officer, demo.createdAt());
        reportService.submit(draft.id(), null, officer, demo.submittedAt());
    }

    private static DemoReport read(String resource) {
        try (InputStream in = DemoLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo fixture " + resource);
            }
            return EventCodec.mapper().readValue(in, DemoReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo fixture " + resource, e);
        }
    }
}
