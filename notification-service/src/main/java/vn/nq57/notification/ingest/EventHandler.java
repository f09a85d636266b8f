package vn.nq57.notification.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.notification.catalog.RoundEntity;
import vn.nq57.notification.catalog.RoundRepository;
import vn.nq57.notification.catalog.RoundUnit;
import vn.nq57.notification.catalog.RoundUnitRepository;
import vn.nq57.notification.catalog.UnitEntity;
import vn.nq57.notification.catalog.UnitRepository;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.notification.notice.NoticeContents;
import vn.nq57.notification.notice.NoticeRecorder;
import vn.nq57.notification.schedule.ScheduleService;
import vn.nq57.notification.shared.NoticeKind;
import vn.nq57.notification.support.Times;

/**
 * Applies one event: keeps the local copies of units and rounds, the state of each (round, unit)
 * and its schedule, and decides the immediate notices (returned, accepted).
 */
@ApplicationScoped
public class EventHandler {

    private static final Logger LOG = Logger.getLogger(EventHandler.class);
    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();
    /**
     * The types that change what this service keeps. Any other (a draft started, a plan) is passed over
     * without a transaction: on deadline day half the report events are drafts started.
     */
    private static final Set<EventType> APPLIED = EnumSet.of(EventType.UNIT_UPSERTED, EventType.ROUND_OPENED,
            EventType.ROUND_DEADLINE_CHANGED, EventType.ROUND_CLOSED, EventType.ROUND_REOPENED,
            EventType.REPORT_SUBMITTED, EventType.REPORT_RETURNED, EventType.REPORT_ACCEPTED,
            EventType.REPORT_WITHDRAWN);

    private final ProcessedEventRepository processed;
    private final UnitRepository units;
    private final RoundRepository rounds;
    private final RoundUnitRepository roundUnits;
    private final ScheduleService schedule;
    private final NoticeRecorder recorder;
    private final NoticeContents contents;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final MeterRegistry metrics;

    EventHandler(ProcessedEventRepository processed, UnitRepository units, RoundRepository rounds,
            RoundUnitRepository roundUnits, ScheduleService schedule, NoticeRecorder recorder, NoticeContents contents,
            Dispatcher dispatcher, Clock clock, MeterRegistry metrics) {
        this.processed = processed;
        this.units = units;
        this.rounds = rounds;
        this.roundUnits = roundUnits;
        this.schedule = schedule;
        this.recorder = recorder;
        this.contents = contents;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Applies an event in one transaction, then (after commit) starts delivering its immediate notice.
     * Events of the three topics, on any replica, may touch the same (round, unit) rows at once: the
     * transaction first takes the round's advisory lock in PostgreSQL, so they apply one after the
     * other; a transaction that still fails (e.g. a duplicate event inserted concurrently) fails as
     * a whole and the consumer runs it again from the start.
     */
    public Uni<Void> handle(EventEnvelope event) {
        Optional<EventType> type = EventType.fromType(event.type());
        if (type.isEmpty() || !APPLIED.contains(type.get())) {
            LOG.debugf("Passing over event %s of type %s", event.id(), event.type());
            count(type, "passed-over");
            return NOTHING;
        }
        return Panache.withTransaction(() -> applyOnce(type.get(), event)).invoke(applied -> {
            count(type, applied ? "applied" : "duplicate");
            if (type.get() == EventType.REPORT_RETURNED || type.get() == EventType.REPORT_ACCEPTED
                    || type.get() == EventType.ROUND_REOPENED) {
                dispatcher.requestDelivery();
            }
        }).replaceWithVoid();
    }

    /** An unknown type's tag is "unknown", so a hostile producer cannot grow the metric without bound. */
    private void count(Optional<EventType> type, String outcome) {
        metrics.counter("nq57_notification_events_total", "type", type.map(EventType::type).orElse("unknown"),
                "outcome", outcome).increment();
    }

    /** False when the event was applied before (a redelivery). */
    private Uni<Boolean> applyOnce(EventType type, EventEnvelope event) {
        return processed.findById(event.id()).chain(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            ProcessedEvent done = new ProcessedEvent();
            done.eventId = event.id();
            done.processedAt = clock.instant();
            return processed.persist(done).chain(() -> apply(type, event)).replaceWith(true);
        });
    }

    private Uni<Void> apply(EventType type, EventEnvelope event) {
        Instant at = event.time() == null ? clock.instant() : Times.storable("time", event.time().toInstant());
        return switch (type) {
            case UNIT_UPSERTED -> unit(EventCodec.data(event, UnitSnapshot.class));
            case ROUND_OPENED, ROUND_DEADLINE_CHANGED, ROUND_CLOSED -> {
                RoundSnapshot round = EventCodec.data(event, RoundSnapshot.class);
                yield roundUnits.lockRound(round.roundId()).chain(() -> round(round, at));
            }
            case ROUND_REOPENED -> {
                RoundSnapshot round = EventCodec.data(event, RoundSnapshot.class);
                yield roundUnits.lockRound(round.roundId()).chain(() -> round(round, at))
                        .chain(() -> reopened(round));
            }
            case REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED, REPORT_WITHDRAWN -> {
                ReportSnapshot report = EventCodec.data(event, ReportSnapshot.class);
                yield roundUnits.lockRound(report.roundId()).chain(() -> report(type, report, at));
            }
            default -> NOTHING;
        };
    }

    private Uni<Void> unit(UnitSnapshot snapshot) {
        return units.findById(snapshot.code()).chain(existing -> {
            if (existing != null && existing.revision >= snapshot.revision()) {
                return NOTHING;
            }
            UnitEntity unit = existing == null ? new UnitEntity() : existing;
            unit.code = snapshot.code();
            unit.name = snapshot.name();
            unit.fullName = snapshot.fullName();
            unit.parentCode = snapshot.parentCode();
            unit.active = snapshot.active();
            unit.revision = snapshot.revision();
            return existing == null ? units.persist(unit).replaceWithVoid() : NOTHING;
        });
    }

    private Uni<Void> round(RoundSnapshot snapshot, Instant at) {
        return rounds.findById(snapshot.roundId()).chain(existing -> {
            if (existing != null && existing.revision >= snapshot.revision()) {
                return NOTHING;
            }
            Instant due = Times.storable("dueAt", snapshot.dueAt().toInstant());
            boolean moved = existing != null && !existing.dueAt.equals(due);
            RoundEntity round = existing == null ? new RoundEntity() : existing;
            round.roundId = snapshot.roundId();
            round.title = snapshot.title();
            round.issuerUnitCode = snapshot.issuerUnitCode();
            round.requestNumber = snapshot.request() == null ? null : snapshot.request().numberSymbol();
            round.dueAt = due;
            round.resubmissionDays = snapshot.resubmissionDays();
            round.revision = snapshot.revision();
            round.closedAt = snapshot.closedAt() == null ? null : Times.storable("closedAt", snapshot.closedAt().toInstant());
            Uni<?> saved = existing == null ? rounds.persist(round) : NOTHING;
            List<String> required = snapshot.requiredUnitCodes() == null ? List.of() : snapshot.requiredUnitCodes();
            if (snapshot.closed()) {
                return saved.chain(() -> ensureUnits(round, required)).chain(all -> closed(snapshot, all, at));
            }
            return saved
                    .chain(() -> ensureUnits(round, required))
                    .call(() -> moved ? schedule.cancelPendingRoundDeadline(round.roundId) : Uni.createFrom().item(0))
                    .chain(all -> schedule.scheduleUnits(round.roundId, all.stream()
                            .filter(ru -> ru.status == RoundUnit.Status.PENDING
                                    || ru.status == RoundUnit.Status.RETURNED && ru.resubmitBy == null)
                            .map(ru -> ru.unitCode).toList(), due, at));
        });
    }

    /**
     * A closed round: everything pending for it is cancelled (no reminders after close), then each unit
     * it was reopened for is chased again against its own deadline while it has not submitted.
     */
    private Uni<Void> closed(RoundSnapshot snapshot, List<RoundUnit> all, Instant at) {
        return schedule.cancelPendingRound(snapshot.roundId())
                .chain(() -> {
                    Uni<Void> chain = NOTHING;
                    for (RoundUnit ru : all) {
                        var reopening = snapshot.reopeningOf(ru.unitCode);
                        ru.reopenedDueAt = reopening.map(r -> Times.storable("dueAt", r.dueAt().toInstant())).orElse(null);
                        if (ru.reopenedDueAt != null && ru.chased()) {
                            Instant due = ru.reopenedDueAt;
                            chain = chain.chain(() -> schedule.schedule(snapshot.roundId(), ru.unitCode, due, at, false));
                        }
                    }
                    return chain;
                });
    }

    /** Tells the unit's contacts (mail and inbox) that the round is reopened for it, why, and until when; once. */
    private Uni<Void> reopened(RoundSnapshot snapshot) {
        return snapshot.latestReopening().map(r -> {
            String key = "%s:%s:%s:%d".formatted(NoticeKind.REOPENED, snapshot.roundId(), r.unitCode(),
                    r.at().toEpochSecond());
            return contents.forUnit(NoticeKind.REOPENED, null, snapshot.roundId(), r.unitCode(),
                            Times.storable("dueAt", r.dueAt().toInstant()), r.reason(), null)
                    .chain(content -> recorder.record(key, content))
                    .replaceWithVoid();
        }).orElse(NOTHING);
    }

    /**
     * Adds the round's required units it does not know yet, with one query for the round rather than
     * one per unit; answers all of the round's units.
     */
    private Uni<List<RoundUnit>> ensureUnits(RoundEntity round, List<String> required) {
        return roundUnits.list("roundId", round.roundId).chain(known -> {
            Set<String> codes = known.stream().map(ru -> ru.unitCode).collect(Collectors.toSet());
            List<RoundUnit> added = required.stream().distinct().filter(code -> !codes.contains(code)).map(code -> {
                RoundUnit ru = new RoundUnit();
                ru.roundId = round.roundId;
                ru.unitCode = code;
                ru.status = RoundUnit.Status.PENDING;
                return ru;
            }).toList();
            List<RoundUnit> all = new ArrayList<>(known);
            all.addAll(added);
            return (added.isEmpty() ? NOTHING : roundUnits.persist(added)).replaceWith(all);
        });
    }

    private Uni<Void> report(EventType type, ReportSnapshot s, Instant at) {
        return rounds.findById(s.roundId()).chain(round -> {
            if (round == null) {
                LOG.infof("Report event before its round %s: state kept, the round event schedules", s.roundId());
            }
            return roundUnits.findById(new RoundUnit.Key(s.roundId(), s.unitCode())).chain(found -> {
                RoundUnit state = found;
                if (state == null) {
                    state = new RoundUnit();
                    state.roundId = s.roundId();
                    state.unitCode = s.unitCode();
                    state.status = RoundUnit.Status.PENDING;
                } else if (state.reportRevision >= s.revision()) {
                    return NOTHING;
                }
                state.reportRevision = s.revision();
                RoundUnit current = state;
                Uni<?> saved = found == null ? roundUnits.persist(current) : NOTHING;
                return saved.chain(() -> transition(type, s, round, current, at));
            });
        });
    }

    private Uni<Void> transition(EventType type, ReportSnapshot s, RoundEntity round, RoundUnit state, Instant at) {
        switch (type) {
            case REPORT_SUBMITTED:
                state.status = RoundUnit.Status.SUBMITTED;
                return schedule.cancelPending(s.roundId(), s.unitCode()).replaceWithVoid();
            case REPORT_ACCEPTED:
                state.status = RoundUnit.Status.ACCEPTED;
                return schedule.cancelPending(s.roundId(), s.unitCode()).chain(() -> immediate(NoticeKind.ACCEPTED, s));
            case REPORT_RETURNED:
                state.status = RoundUnit.Status.RETURNED;
                state.resubmitBy = s.resubmitBy() == null ? null : Times.storable("resubmitBy", s.resubmitBy().toInstant());
                Uni<Void> again = state.resubmitBy == null
                        ? NOTHING
                        : schedule.schedule(s.roundId(), s.unitCode(), state.resubmitBy, at, true);
                return schedule.cancelPending(s.roundId(), s.unitCode())
                        .chain(() -> again)
                        .chain(() -> immediate(NoticeKind.RETURNED, s));
            case REPORT_WITHDRAWN:
                state.status = state.resubmitBy == null ? RoundUnit.Status.PENDING : RoundUnit.Status.RETURNED;
                Instant deadline = state.resubmitBy != null ? state.resubmitBy
                        : state.reopenedDueAt != null ? state.reopenedDueAt : round == null ? null : round.dueAt;
                if (deadline == null) {
                    return NOTHING;
                }
                return schedule.schedule(s.roundId(), s.unitCode(), deadline, at, state.resubmitBy != null);
            default:
                return NOTHING;
        }
    }

    private Uni<Void> immediate(NoticeKind kind, ReportSnapshot s) {
        String key = "%s:%s:%s:%d".formatted(kind, s.roundId(), s.unitCode(), s.revision());
        return contents.forUnit(kind, null, s.roundId(), s.unitCode(),
                        kind == NoticeKind.RETURNED && s.resubmitBy() != null ? s.resubmitBy().toInstant() : null,
                        s.comment(), s.sectionComments())
                .chain(content -> recorder.record(key, content))
                .replaceWithVoid();
    }
}
