package vn.nq57.aggregation.ingest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.nq57.aggregation.round.ChangeStamps;
import vn.nq57.aggregation.round.ReportRepository;
import vn.nq57.aggregation.round.RoundRepository;
import vn.nq57.aggregation.unit.UnitRepository;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.RoundSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;

/**
 * Applies events to the read models in one transaction together with their ids in
 * {@code processed_event}, so a redelivered or replayed event is recognised and changes nothing.
 */
@ApplicationScoped
public class Projector {

    private static final Logger LOG = Logger.getLogger(Projector.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    UnitRepository units;
    @Inject
    RoundRepository rounds;
    @Inject
    ReportRepository reports;
    @Inject
    ChangeStamps stamps;
    @Inject
    MeterRegistry registry;

    public Outcome apply(String topic, String json) {
        Decoded decoded = decode(topic, json);
        Outcome outcome = decoded.outcome() != null ? decoded.outcome() : applyAll(List.of(decoded)).get(0);
        count(topic, outcome);
        return outcome;
    }

    /**
     * Applies a poll's events in one transaction, in order, and marks each changed round's province
     * once at the end: one commit and one stamp per province instead of one per event. Nothing is
     * counted or kept unless the whole batch commits; the caller then applies the records one at a
     * time, so that one bad record is parked alone.
     *
     * @throws RuntimeException when any event of the batch cannot be applied (nothing was changed)
     */
    public List<Outcome> applyBatch(String topic, List<String> jsons) {
        List<Decoded> decoded = jsons.stream().map(json -> decode(topic, json)).toList();
        List<Decoded> applicable = decoded.stream().filter(d -> d.outcome() == null).toList();
        List<Outcome> applied = applicable.isEmpty() ? List.of() : applyAll(applicable);
        List<Outcome> outcomes = new ArrayList<>(decoded.size());
        int next = 0;
        for (Decoded d : decoded) {
            outcomes.add(d.outcome() != null ? d.outcome() : applied.get(next++));
        }
        outcomes.forEach(outcome -> count(topic, outcome));
        return outcomes;
    }

    private void count(String topic, Outcome outcome) {
        registry.counter("nq57.aggregation.events", "topic", topic, "outcome", outcome.name().toLowerCase())
                .increment();
    }

    /** An event ready to apply (outcome null), or what became of a record that is not one. */
    private record Decoded(EventEnvelope event, EventType type, Object payload, Outcome outcome) {
        static Decoded passed(Outcome outcome) {
            return new Decoded(null, null, null, outcome);
        }
    }

    private static Decoded decode(String topic, String json) {
        EventEnvelope event;
        try {
            event = EventCodec.decode(json);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipping a record on %s that is not an event: %s", topic, e.getMessage());
            return Decoded.passed(Outcome.MALFORMED);
        }
        Optional<EventType> type = EventType.fromType(event.type());
        if (type.isEmpty() || !type.get().topic().equals(topic) || event.id() == null) {
            return Decoded.passed(Outcome.SKIPPED);
        }
        try {
            return new Decoded(event, type.get(), EventCodec.data(event, type.get().payload()), null);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipping event %s: %s", event.id(), e.getMessage());
            return Decoded.passed(Outcome.MALFORMED);
        }
    }

    private List<Outcome> applyAll(List<Decoded> events) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Outcome> outcomes = new ArrayList<>(events.size());
                List<Object> changed = new ArrayList<>();
                for (Decoded d : events) {
                    Outcome outcome = applyOne(c, d);
                    outcomes.add(outcome);
                    if (outcome == Outcome.APPLIED) {
                        changed.add(d.payload());
                    }
                }
                stamp(c, changed);
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot apply events " + events.stream().map(d -> d.event().id()).toList(), e);
        }
    }

    private Outcome applyOne(Connection c, Decoded d) throws SQLException {
        if (!markProcessed(c, d.event(), d.type().topic())) {
            return Outcome.DUPLICATE;
        }
        return write(c, d.type(), d.payload()) ? Outcome.APPLIED : Outcome.STALE;
    }

    private boolean write(Connection c, EventType type, Object payload) throws SQLException {
        return switch (type) {
            case UNIT_UPSERTED -> units.upsert(c, (UnitSnapshot) payload);
            case ROUND_OPENED, ROUND_DEADLINE_CHANGED, ROUND_CLOSED, ROUND_REOPENED -> rounds.upsert(c, (RoundSnapshot) payload);
            // plan coverage is plan-service's answer: no read model here needs a plan
            case PLAN_ISSUED, PLAN_AMENDED, PLAN_SUPERSEDED, PLAN_CLOSED -> false;
            case REPORT_DRAFT_STARTED, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED, REPORT_WITHDRAWN ->
                reports.apply(c, type, (ReportSnapshot) payload);
        };
    }

    /**
     * Marks the changes for the cached views of the provinces they belong to, last in the
     * transaction (see {@link ChangeStamps}): each province once, in code order, so that two such
     * transactions never wait on each other in a cycle.
     */
    private void stamp(Connection c, List<Object> payloads) throws SQLException {
        Set<String> provinces = new TreeSet<>();
        Set<UUID> rounds = new HashSet<>();
        for (Object payload : payloads) {
            if (payload instanceof UnitSnapshot unit) {
                stamps.bumpUnit(c, unit.code(),
                        unit.parentCode() == null || unit.parentCode().isBlank() ? unit.code() : unit.parentCode());
            } else if (payload instanceof RoundSnapshot round) {
                provinces.add(round.issuerUnitCode());
            } else if (payload instanceof ReportSnapshot report && rounds.add(report.roundId())) {
                stamps.roundProvince(c, report.roundId()).ifPresent(provinces::add);
            }
        }
        for (String province : provinces) {
            stamps.bump(c, province);
        }
    }

    /** Inserts the event id; false when it was there already (the insert waits for a concurrent one). */
    private static boolean markProcessed(Connection c, EventEnvelope event, String topic) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO processed_event (event_id, topic, event_type) VALUES (?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")) {
            s.setString(1, event.id());
            s.setString(2, topic);
            s.setString(3, event.type());
            return s.executeUpdate() > 0;
        }
    }
}
