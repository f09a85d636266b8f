package vn.nq57.aggregation.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.aggregation.unit.UnitView;
import vn.nq57.contracts.events.ReportStatus;
import vn.nq57.contracts.events.RoundReopening;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitType;
import vn.nq57.contracts.problem.ProblemException;

@ApplicationScoped
public class RoundService {

    @Inject
    RoundRepository rounds;
    @Inject
    ReportRepository reports;
    @Inject
    UnitRepository units;
    @Inject
    Clock clock;

    public RoundSnapshot round(UUID roundId) {
        return rounds.find(roundId).orElseThrow(() -> ProblemException.notFound("Round " + roundId));
    }

    /** The round's units and report states: what the status matrix needs, no snapshot. */
    public RoundContext context(RoundSnapshot round) {
        return new RoundContext(round, units.byCodes(required(round)), reports.states(round.roundId()), Map.of(),
                clock.instant());
    }

    /** The status matrix's context from units and report states read before (a cached view), as of now. */
    public RoundContext context(RoundSnapshot round, Map<String, UnitView> units, Map<String, ReportState> reports) {
        return new RoundContext(round, units, reports, Map.of(), clock.instant());
    }

    /** As {@link #context(RoundSnapshot)}, with the snapshots that count on this basis (notes, exports). */
    public RoundContext context(RoundSnapshot round, Basis basis) {
        return new RoundContext(round, units.byCodes(required(round)), reports.states(round.roundId()),
                reports.counted(round.roundId(), basis), clock.instant());
    }

    private static List<String> required(RoundSnapshot round) {
        return round.requiredUnitCodes() == null ? List.of() : round.requiredUnitCodes();
    }

    /** The matrix of every required unit, or only {@code onlyUnit}'s row (without rates) when set. */
    public StatusMatrix matrix(RoundContext ctx, String onlyUnit) {
        List<StatusRow> rows = rows(ctx);
        OffsetDateTime asOf = ctx.now().atZone(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime due = ctx.round().dueAt().atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime closedAt = local(ctx.round().closedAt());
        List<ReopenedUnit> reopened = reopenedUnits(ctx.round());
        if (onlyUnit != null) {
            return new StatusMatrix(ctx.round().roundId(), ctx.round().title(), due, asOf,
                    rows.stream().filter(r -> r.unitCode().equals(onlyUnit)).toList(), null, null, closedAt,
                    reopened.stream().filter(r -> r.unitCode().equals(onlyUnit)).toList());
        }
        Map<String, List<StatusRow>> byType = new LinkedHashMap<>();
        for (UnitType type : List.of(UnitType.XA, UnitType.PHUONG, UnitType.DAC_KHU)) {
            byType.put(type.name(), new ArrayList<>());
        }
        for (StatusRow row : rows) {
            byType.computeIfAbsent(row.unitType() == null ? "UNKNOWN" : row.unitType().name(), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Rates> rates = new LinkedHashMap<>();
        byType.forEach((type, group) -> rates.put(type, rates(group)));
        return new StatusMatrix(ctx.round().roundId(), ctx.round().title(), due, asOf, rows, rates(rows), rates,
                closedAt, reopened);
    }

    /** The latest reopening of each unit, in the order the units were first reopened. */
    private static List<ReopenedUnit> reopenedUnits(RoundSnapshot round) {
        Map<String, ReopenedUnit> latest = new LinkedHashMap<>();
        for (RoundReopening r : round.reopenings() == null ? List.<RoundReopening>of() : round.reopenings()) {
            latest.put(r.unitCode(), new ReopenedUnit(r.unitCode(), local(r.dueAt()), r.reason(), local(r.at())));
        }
        return List.copyOf(latest.values());
    }

    public List<StatusRow> rows(RoundContext ctx) {
        List<StatusRow> rows = new ArrayList<>();
        for (String code : ctx.required()) {
            UnitView unit = ctx.units().get(code);
            ReportState report = ctx.reports().get(code);
            // a unit the closed round was reopened for is overdue against its own deadline
            Instant due = ctx.round().reopeningOf(code).map(RoundReopening::dueAt).orElse(ctx.round().dueAt()).toInstant();
            rows.add(row(unit, report, due, ctx.now()));
        }
        return rows;
    }

    private static StatusRow row(UnitView unit, ReportState report, Instant due, Instant now) {
        if (report == null || report.status() == null) {
            return new StatusRow(unit.code(), unit.displayName(), unit.type(),
                    now.isAfter(due) ? UnitStatus.OVERDUE : UnitStatus.NOT_STARTED, null, null, null, null, null, null);
        }
        // submission-service judges lateness once, against the deadline in force at submission: its flag is the answer
        Boolean late = report.firstLate();
        UnitStatus status = switch (report.status()) {
            case DRAFT -> now.isAfter(due) ? UnitStatus.OVERDUE : UnitStatus.DRAFT;
            case SUBMITTED -> Boolean.TRUE.equals(late) ? UnitStatus.SUBMITTED_LATE : UnitStatus.SUBMITTED_ON_TIME;
            case RETURNED -> UnitStatus.RETURNED;
            case RESUBMITTED -> UnitStatus.RESUBMITTED;
            case ACCEPTED -> UnitStatus.ACCEPTED;
        };
        boolean submitted = report.status() != ReportStatus.DRAFT;
        OffsetDateTime submittedAt = local(report.submittedAt());
        return new StatusRow(unit.code(), unit.displayName(), unit.type(), status, report.version(),
                submitted ? local(report.firstSubmittedAt()) : null, submittedAt, submitted ? late : null,
                report.status() == ReportStatus.RETURNED ? local(report.resubmitBy()) : null, null);
    }

    private static Rates rates(List<StatusRow> rows) {
        int required = rows.size();
        int submitted = (int) rows.stream().filter(r -> r.status().submitted()).count();
        int late = (int) rows.stream().filter(r -> r.status().submitted() && Boolean.TRUE.equals(r.late())).count();
        int overdue = (int) rows.stream().filter(r -> r.status() == UnitStatus.OVERDUE).count();
        int onTime = submitted - late;
        return new Rates(required, submitted, onTime, late, overdue, percent(submitted, required),
                percent(onTime, required));
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }
}
