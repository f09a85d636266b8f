package vn.nq57.notification.schedule;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.security.Caller;
import vn.nq57.notification.catalog.RoundRepository;
import vn.nq57.notification.schedule.SchedulePlanner.Entry;

/** Keeps the durable schedule of each (round, unit) in PostgreSQL. */
@ApplicationScoped
public class ScheduleService {

    private final SchedulePlanner planner;
    private final ScheduledNoticeRepository notices;
    private final RoundRepository rounds;
    private final Clock clock;

    ScheduleService(SchedulePlanner planner, ScheduledNoticeRepository notices, RoundRepository rounds, Clock clock) {
        this.planner = planner;
        this.notices = notices;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The planned notices of a round, by time; an officer sees only their unit's. */
    @WithSession
    public Uni<List<ScheduleView>> of(Caller caller, UUID roundId, String unitCode) {
        return rounds.findById(roundId).chain(round -> {
            if (round == null || caller.isCity() && !caller.coversProvince(round.issuerUnitCode)) {
                throw ProblemException.notFound("round " + roundId);
            }
            String unit = caller.isCity() ? unitCode : caller.unitCode();
            var query = unit == null
                    ? notices.find("roundId", Sort.by("fireAt").and("unitCode").and("label"), roundId)
                    : notices.find("roundId = ?1 and unitCode = ?2", Sort.by("fireAt").and("label"), roundId, unit);
            return query.list().map(list -> list.stream().map(ScheduleView::of).toList());
        });
    }

    /**
     * Plans the reminders and the overdue notice of a unit for a deadline, in the caller's
     * transaction. An entry planned before for the same deadline is kept as it is (sent stays sent)
     * or revived when it was cancelled.
     */
    public Uni<Void> schedule(UUID roundId, String unitCode, Instant deadline, Instant madeAt, boolean resubmission) {
        return notices.list("roundId = ?1 and unitCode = ?2 and deadline >= ?3 and deadline < ?4", roundId, unitCode,
                        wholeSecond(deadline), wholeSecond(deadline).plusSeconds(1))
                .chain(planned -> upsert(roundId, List.of(unitCode), deadline, planner.plan(deadline, madeAt, resubmission),
                        planned));
    }

    /**
     * {@link #schedule} for many units of a round at once: one query reads what is already planned for
     * the deadline. Querying per entry made Hibernate flush and dirty-check every entity of the
     * session before each query, quadratic in the round's size (a 100-unit round kept the service
     * busy for minutes).
     */
    public Uni<Void> scheduleUnits(UUID roundId, List<String> unitCodes, Instant deadline, Instant madeAt) {
        if (unitCodes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return notices.list("roundId = ?1 and deadline >= ?2 and deadline < ?3", roundId, wholeSecond(deadline),
                        wholeSecond(deadline).plusSeconds(1))
                .chain(planned -> upsert(roundId, unitCodes, deadline, planner.plan(deadline, madeAt, false), planned));
    }

    private Uni<Void> upsert(UUID roundId, List<String> unitCodes, Instant deadline, List<Entry> entries,
            List<ScheduledNotice> planned) {
        Map<String, ScheduledNotice> byKey = new HashMap<>();
        planned.forEach(notice -> byKey.put(notice.dedupKey, notice));
        List<ScheduledNotice> created = new ArrayList<>();
        for (String unitCode : unitCodes) {
            for (Entry entry : entries) {
                String key = "%s:%s:%s:%d:%s".formatted(entry.kind(), roundId, unitCode, deadline.getEpochSecond(),
                        entry.label());
                ScheduledNotice existing = byKey.get(key);
                if (existing == null) {
                    ScheduledNotice notice = newNotice(roundId, unitCode, deadline, entry, key);
                    byKey.put(key, notice);
                    created.add(notice);
                } else if (existing.status == ScheduledNotice.Status.CANCELLED) {
                    existing.status = ScheduledNotice.Status.PENDING;
                    existing.doneAt = null;
                }
            }
        }
        return created.isEmpty() ? Uni.createFrom().voidItem() : notices.persist(created);
    }

    /** Entries are keyed by the deadline's second: what was planned for any instant of it. */
    private static Instant wholeSecond(Instant deadline) {
        return Instant.ofEpochSecond(deadline.getEpochSecond());
    }

    private ScheduledNotice newNotice(UUID roundId, String unitCode, Instant deadline, Entry entry, String key) {
        ScheduledNotice notice = new ScheduledNotice();
        notice.id = UUID.randomUUID();
        notice.roundId = roundId;
        notice.unitCode = unitCode;
        notice.kind = entry.kind();
        notice.label = entry.label();
        notice.deadline = deadline;
        notice.fireAt = entry.fireAt();
        notice.status = ScheduledNotice.Status.PENDING;
        notice.dedupKey = key;
        notice.createdAt = clock.instant();
        return notice;
    }

    /** Stops chasing a unit in a round (it submitted, was accepted, or its deadline moves). */
    public Uni<Integer> cancelPending(UUID roundId, String unitCode) {
        return notices.update("status = ?1, doneAt = ?2 where roundId = ?3 and unitCode = ?4 and status = ?5",
                ScheduledNotice.Status.CANCELLED, clock.instant(), roundId, unitCode, ScheduledNotice.Status.PENDING);
    }

    /** The round is closed: nothing more is sent for it, to any unit (reopened units are planned again after). */
    public Uni<Integer> cancelPendingRound(UUID roundId) {
        return notices.update("status = ?1, doneAt = ?2 where roundId = ?3 and status = ?4",
                ScheduledNotice.Status.CANCELLED, clock.instant(), roundId, ScheduledNotice.Status.PENDING);
    }

    /** Cancels what is not yet sent for the round's deadline (not resubmission entries) before rescheduling. */
    public Uni<Integer> cancelPendingRoundDeadline(UUID roundId) {
        return notices.update("status = ?1, doneAt = ?2 where roundId = ?3 and status = ?4 and label not like 'R%'",
                ScheduledNotice.Status.CANCELLED, clock.instant(), roundId, ScheduledNotice.Status.PENDING);
    }
}
