package vn.nq57.notification.schedule;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.nq57.notification.schedule.SchedulePlanner.Entry;

/** Keeps the durable schedule of each (round, unit) in PostgreSQL. */
@ApplicationScoped
public class ScheduleService {

    private final SchedulePlanner planner;
    private final Clock clock;

    ScheduleService(SchedulePlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * Plans the reminders and the overdue notice of a unit for a deadline. An entry planned before
     * for the same deadline is kept as it is (sent stays sent) or revived when it was cancelled.
     */
    public Uni<Void> schedule(UUID roundId, String unitCode, Instant deadline, Instant madeAt, boolean resubmission) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Entry entry : planner.plan(deadline, madeAt, resubmission)) {
            chain = chain.chain(() -> upsert(roundId, unitCode, deadline, entry));
        }
        return chain;
    }

    private Uni<Void> upsert(UUID roundId, String unitCode, Instant deadline, Entry entry) {
        String key = "%s:%s:%s:%d:%s".formatted(entry.kind(), roundId, unitCode, deadline.getEpochSecond(), entry.label());
        return ScheduledNotice.<ScheduledNotice>find("dedupKey", key).firstResult().chain(existing -> {
            if (existing != null) {
                if (existing.status == ScheduledNotice.Status.CANCELLED) {
                    existing.status = ScheduledNotice.Status.PENDING;
                    existing.doneAt = null;
                }
                return Uni.createFrom().voidItem();
            }
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
            return notice.persist().replaceWithVoid();
        });
    }

    /** Stops chasing a unit in a round (it submitted, was accepted, or its deadline moves). */
    public Uni<Integer> cancelPending(UUID roundId, String unitCode) {
        return ScheduledNotice.update("status = ?1, doneAt = ?2 where roundId = ?3 and unitCode = ?4 and status = ?5",
                ScheduledNotice.Status.CANCELLED, clock.instant(), roundId, unitCode, ScheduledNotice.Status.PENDING);
    }

    /** Cancels what is not yet sent for the round's deadline (not resubmission entries) before rescheduling. */
    public Uni<Integer> cancelPendingRoundDeadline(UUID roundId) {
        return ScheduledNotice.update(
                "status = ?1, doneAt = ?2 where roundId = ?3 and status = ?4 and label not like 'R%'",
                ScheduledNotice.Status.CANCELLED, clock.instant(), roundId, ScheduledNotice.Status.PENDING);
    }
}
