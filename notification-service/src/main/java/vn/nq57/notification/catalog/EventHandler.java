package vn.nq57.notification.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.notification.dispatch.Dispatcher;
import vn.nq57.notification.inbox.InboxHub;
import vn.nq57.notification.inbox.InboxItem;
import vn.nq57.notification.notice.NoticeContents;
import vn.nq57.notification.notice.NoticeKind;
import vn.nq57.notification.notice.NoticeRecorder;
import vn.nq57.notification.schedule.ScheduleService;
import vn.nq57.notification.support.Db;
import vn.nq57.notification.support.Times;

/**
 * Applies one event: keeps the local copies of units and rounds, the state of each (round, unit)
 * and its schedule, and decides the immediate notices (returned, accepted).
 */
@ApplicationScoped
public class EventHandler {

    private static final Logger LOG = Logger.getLogger(EventHandler.class);
    private static final Uni<List<InboxItem>> NOTHING = Uni.createFrom().item(List.of());

    private final ScheduleService schedule;
    private final NoticeRecorder recorder;
    private final NoticeContents contents;
    private final InboxHub hub;
    private final Dispatcher dispatcher;
    private final Clock clock;

    EventHandler(ScheduleService schedule, NoticeRecorder recorder, NoticeContents contents, InboxHub hub,
            Dispatcher dispatcher, Clock clock) {
        this.schedule = schedule;
        this.recorder = recorder;
        this.contents = contents;
        this.hub = hub;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Applies an event in one transaction. Events of the three topics arrive on different threads
     * and touch the same (round, unit) rows, so they are applied one at a time in this instance; a
     * transaction that fails (also one that lost a race with another instance) is retried from the
     * start by the consumer's bounded retry.
     */
    public void handle(EventEnvelope event) {
        Optional<EventType> type = EventType.fromType(event.type());
        if (type.isEmpty()) {
            LOG.debugf("Skipping event %s of unknown type %s", event.id(), event.type());
            return;
        }
        List<InboxItem> created = applyOnce(type.get(), event);
        hub.publish(created);
        if (type.get() == EventType.REPORT_RETURNED || type.get() == EventType.REPORT_ACCEPTED) {
            dispatcher.requestDelivery();
        }
    }

    private synchronized List<InboxItem> applyOnce(EventType type, EventEnvelope event) {
        return Db.tx(() -> ProcessedEvent.<ProcessedEvent>findById(event.id()).chain(seen -> {
            if (seen != null) {
                return NOTHING;
            }
            ProcessedEvent processed = new ProcessedEvent();
            processed.eventId = event.id();
            processed.processedAt = clock.instant();
            return processed.persist().chain(() -> apply(type, event));
        }));
    }

    private Uni<List<InboxItem>> apply(EventType type, EventEnvelope event) {
        Instant at = event.time() == null ? clock.instant() : Times.storable("time", event.time().toInstant());
        return switch (type) {
            case UNIT_UPSERTED -> unit(EventCodec.data(event, UnitSnapshot.class));
            case ROUND_OPENED, ROUND_DEADLINE_CHANGED -> round(EventCodec.data(event, RoundSnapshot.class), at);
            case REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED, REPORT_WITHDRAWN ->
                report(type, EventCodec.data(event, ReportSnapshot.class), at);
            default -> NOTHING;
        };
    }

    private Uni<List<InboxItem>> unit(UnitSnapshot snapshot) {
        return UnitEntity.<UnitEntity>findById(snapshot.code()).chain(existing -> {
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
            return (existing == null ? unit.persist() : Uni.createFrom().item(unit)).replaceWith(NOTHING);
        });
    }

    private Uni<List<InboxItem>> round(RoundSnapshot snapshot, Instant at) {
        return RoundEntity.<RoundEntity>findById(snapshot.roundId()).chain(existing -> {
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
            Uni<?> saved = existing == null ? round.persist() : Uni.createFrom().item(round);
            List<String> units = snapshot.requiredUnitCodes() == null ? List.of() : snapshot.requiredUnitCodes();
            return saved
                    .chain(() -> ensureUnits(round, units))
                    .chain(() -> moved ? schedule.cancelPendingRoundDeadline(round.roundId) : Uni.createFrom().item(0))
                    .chain(() -> RoundUnit.<RoundUnit>list("roundId", round.roundId))
                    .chain(all -> {
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (RoundUnit ru : all) {
                            if (ru.status == RoundUnit.Status.PENDING
                                    || ru.status == RoundUnit.Status.RETURNED && ru.resubmitBy == null) {
                                chain = chain.chain(() -> schedule.schedule(round.roundId, ru.unitCode, due, at, false));
                            }
                        }
                        return chain;
                    })
                    .replaceWith(NOTHING);
        });
    }

    private Uni<Void> ensureUnits(RoundEntity round, List<String> units) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String code : units) {
            chain = chain.chain(() -> RoundUnit.<RoundUnit>findById(new RoundUnit.Key(round.roundId, code))
                    .chain(found -> {
                        if (found != null) {
                            return Uni.createFrom().voidItem();
                        }
                        RoundUnit ru = new RoundUnit();
                        ru.roundId = round.roundId;
                        ru.unitCode = code;
                        ru.status = RoundUnit.Status.PENDING;
                        return ru.persist().replaceWithVoid();
                    }));
        }
        return chain;
    }

    private Uni<List<InboxItem>> report(EventType type, ReportSnapshot s, Instant at) {
        return RoundEntity.<RoundEntity>findById(s.roundId()).chain(round -> {
            if (round == null) {
                LOG.infof("Report event before its round %s: state kept, the round event schedules", s.roundId());
            }
            return RoundUnit.<RoundUnit>findById(new RoundUnit.Key(s.roundId(), s.unitCode())).chain(found -> {
                RoundUnit ru = found;
                if (ru == null) {
                    ru = new RoundUnit();
                    ru.roundId = s.roundId();
                    ru.unitCode = s.unitCode();
                    ru.status = RoundUnit.Status.PENDING;
                } else if (ru.reportRevision >= s.revision()) {
                    return NOTHING;
                }
                ru.reportRevision = s.revision();
                RoundUnit state = ru;
                Uni<?> saved = found == null ? state.persist() : Uni.createFrom().item(state);
                return saved.chain(() -> transition(type, s, round, state, at));
            });
        });
    }

    private Uni<List<InboxItem>> transition(EventType type, ReportSnapshot s, RoundEntity round, RoundUnit state,
            Instant at) {
        switch (type) {
            case REPORT_SUBMITTED:
                state.status = RoundUnit.Status.SUBMITTED;
                return schedule.cancelPending(s.roundId(), s.unitCode()).replaceWith(NOTHING);
            case REPORT_ACCEPTED:
                state.status = RoundUnit.Status.ACCEPTED;
                return schedule.cancelPending(s.roundId(), s.unitCode()).chain(() -> immediate(type, s));
            case REPORT_RETURNED:
                state.status = RoundUnit.Status.RETURNED;
                state.resubmitBy = s.resubmitBy() == null ? null : Times.storable("resubmitBy", s.resubmitBy().toInstant());
                Uni<?> again = state.resubmitBy == null
                        ? Uni.createFrom().voidItem()
                        : schedule.schedule(s.roundId(), s.unitCode(), state.resubmitBy, at, true);
                return schedule.cancelPending(s.roundId(), s.unitCode())
                        .chain(() -> again)
                        .chain(() -> immediate(type, s));
            case REPORT_WITHDRAWN:
                state.status = state.resubmitBy == null ? RoundUnit.Status.PENDING : RoundUnit.Status.RETURNED;
                Instant deadline = state.resubmitBy != null ? state.resubmitBy : round == null ? null : round.dueAt;
                if (deadline == null) {
                    return NOTHING;
                }
                return schedule.schedule(s.roundId(), s.unitCode(), deadline, at, state.resubmitBy != null)
                        .replaceWith(NOTHING);
            default:
                return NOTHING;
        }
    }

    private Uni<List<InboxItem>> immediate(EventType type, ReportSnapshot s) {
        if (type != EventType.REPORT_RETURNED && type != EventType.REPORT_ACCEPTED) {
            return NOTHING;
        }
        NoticeKind kind = type == EventType.REPORT_RETURNED ? NoticeKind.RETURNED : NoticeKind.ACCEPTED;
        String key = "%s:%s:%s:%d".formatted(kind, s.roundId(), s.unitCode(), s.revision());
        return contents.forUnit(kind, null, s.roundId(), s.unitCode(),
                        kind == NoticeKind.RETURNED && s.resubmitBy() != null ? s.resubmitBy().toInstant() : null,
                        s.comment(), s.sectionComments())
                .chain(content -> recorder.record(key, content));
    }
}
