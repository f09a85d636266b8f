package vn.nq57.aggregation.ingest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
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
 * Applies one event to the read models in one transaction together with its id in
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
        Outcome outcome = project(topic, json);
        registry.counter("nq57.aggregation.events", "topic", topic, "outcome", outcome.name().toLowerCase())
                .increment();
        return outcome;
    }

    private Outcome project(String topic, String json) {
        EventEnvelope event;
        try {
            event = EventCodec.decode(json);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipping a record on %s that is not an event: %s", topic, e.getMessage());
            return Outcome.MALFORMED;
        }
        Optional<EventType> type = EventType.fromType(event.type());
        if (type.isEmpty() || !type.get().topic().equals(topic) || event.id() == null) {
            return Outcome.SKIPPED;
        }
        Object payload;
        try {
            payload = EventCodec.data(event, type.get().payload());
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipping event %s: %s", event.id(), e.getMessage());
            return Outcome.MALFORMED;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!markProcessed(c, event, topic)) {
                    c.rollback();
                    return Outcome.DUPLICATE;
                }
                boolean changed = write(c, type.get(), payload);
                if (changed) {
                    stamp(c, payload);
                }
                c.commit();
                return changed ? Outcome.APPLIED : Outcome.STALE;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot apply event " + event.id(), e);
        }
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

    /** Marks the change for the cached views of the province it belongs to (last, see {@link ChangeStamps}). */
    private void stamp(Connection c, Object payload) throws SQLException {
        if (payload instanceof UnitSnapshot unit) {
            stamps.bumpUnit(c, unit.code(),
                    unit.parentCode() == null || unit.parentCode().isBlank() ? unit.code() : unit.parentCode());
        } else if (payload instanceof RoundSnapshot round) {
            stamps.bump(c, round.issuerUnitCode());
        } else if (payload instanceof ReportSnapshot report) {
            stamps.bumpRound(c, report.roundId());
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
