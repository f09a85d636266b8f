package vn.nq57.aggregation.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.aggregation.common.Json;
import vn.nq57.support.time.VietnamTime;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.IndicatorValue;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;

/**
 * Report rows. Each column group (workflow state, latest submitted version, accepted version,
 * first submission) is guarded by its own revision, so a stale or reordered event never rolls a
 * group back, and the row ends the same whatever order the events came in. Every change takes
 * the next {@code read_model_seq} number, so readers can re-read only what changed.
 */
@ApplicationScoped
public class ReportRepository {

    private static final TypeReference<List<IndicatorValue>> VALUES = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SectionRepository sections;

    /** The revisions a row holds, read under the row lock. */
    private record Held(long revision, long submittedRevision, long acceptedRevision, Integer firstVersion) {
    }

    public boolean apply(Connection c, EventType type, ReportSnapshot report) throws SQLException {
        Held held = lock(c, report);
        long r = report.revision();
        boolean carriesSubmission = report.version() >= 1 && (type == EventType.REPORT_SUBMITTED
                || type == EventType.REPORT_RETURNED || type == EventType.REPORT_ACCEPTED);
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (r > held.revision()) {
            set(sets, values, "status = ?, version = ?, resubmit_by = ?, revision = ?",
                    report.status() == null ? null : report.status().name(), report.version(),
                    ts(report.resubmitBy()), r);
        }
        // the section texts go to report_section_view, so the stored snapshots stay small to parse;
        // a draft-started event's snapshot is stored nowhere
        String snapshot = carriesSubmission || type == EventType.REPORT_ACCEPTED
                ? Json.write(report.withoutSections()) : null;
        if (carriesSubmission && r > held.submittedRevision()) {
            set(sets, values, "submitted = ?::jsonb, submitted_at = ?, submitted_revision = ?",
                    snapshot, ts(report.submittedAt()), r);
            sections.replace(c, report, Basis.LATEST_SUBMITTED, false);
        } else if (type == EventType.REPORT_WITHDRAWN && r > held.submittedRevision()) {
            set(sets, values, "submitted = ?::jsonb, submitted_at = ?, submitted_revision = ?", null, null, r);
            sections.replace(c, report, Basis.LATEST_SUBMITTED, true);
        }
        if (type == EventType.REPORT_ACCEPTED && r > held.acceptedRevision()) {
            set(sets, values, "accepted = ?::jsonb, accepted_revision = ?", snapshot, r);
            sections.replace(c, report, Basis.ACCEPTED, false);
        }
        if (carriesSubmission && report.submittedAt() != null
                && (held.firstVersion() == null || report.version() < held.firstVersion())) {
            set(sets, values, "first_version = ?, first_submitted_at = ?, first_late = ?", report.version(),
                    ts(report.submittedAt()), report.late());
        }
        if (sets.isEmpty()) {
            return false;
        }
        sets.add("seq = nextval('read_model_seq')");
        update(c, report, String.join(", ", sets), values);
        return true;
    }

    /** Creates the row if needed and locks it, in one round trip. */
    private static Held lock(Connection c, ReportSnapshot report) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO report_view (round_id, unit_code) VALUES (?, ?)
                ON CONFLICT (round_id, unit_code) DO UPDATE SET unit_code = EXCLUDED.unit_code
                RETURNING revision, submitted_revision, accepted_revision, first_version""")) {
            s.setObject(1, report.roundId());
            s.setString(2, report.unitCode());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Held(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Integer) rs.getObject(4));
            }
        }
    }

    /** Workflow state of every report row of a round, by unit code; no snapshots are read. */
    public Map<String, ReportState> states(UUID roundId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT unit_code, status, version, resubmit_by, submitted_at, first_submitted_at, first_late
                FROM report_view WHERE round_id = ?""")) {
            s.setObject(1, roundId);
            Map<String, ReportState> states = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString("status");
                    states.put(rs.getString("unit_code"), new ReportState(rs.getString("unit_code"),
                            status == null ? null : ReportStatus.valueOf(status), (Integer) rs.getObject("version"),
                            time(rs, "resubmit_by"), time(rs, "submitted_at"), time(rs, "first_submitted_at"),
                            (Boolean) rs.getObject("first_late")));
                }
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read reports of round " + roundId, e);
        }
    }

    /** The counted snapshot of every unit that has one on this basis, by unit code. */
    public Map<String, ReportSnapshot> counted(UUID roundId, Basis basis) {
        Map<String, ReportSnapshot> reports = new LinkedHashMap<>();
        String column = column(basis);
        read("SELECT unit_code, " + column + " FROM report_view WHERE round_id = ? AND " + column + " IS NOT NULL",
                roundId, null, rs -> reports.put(rs.getString(1), Json.read(rs.getString(2), ReportSnapshot.class)));
        return reports;
    }

    /** The change number of every report row of a round, by unit code. */
    public Map<String, Long> changes(UUID roundId) {
        Map<String, Long> seqs = new HashMap<>();
        read("SELECT unit_code, seq FROM report_view WHERE round_id = ?", roundId, null,
                rs -> seqs.put(rs.getString(1), rs.getLong(2)));
        return seqs;
    }

    /**
     * The counted indicator values of these units on this basis (only the {@code indicators} of
     * the stored snapshot are read); a unit with none maps to an empty list.
     */
    public Map<String, List<IndicatorValue>> values(UUID roundId, Basis basis, Collection<String> units) {
        Map<String, List<IndicatorValue>> values = new HashMap<>();
        read("SELECT unit_code, " + column(basis) + " -> 'indicators' FROM report_view "
                + "WHERE round_id = ? AND unit_code = ANY (?)", roundId, units, rs -> {
                    String json = rs.getString(2);
                    values.put(rs.getString(1), json == null ? List.of() : parse(json));
                });
        return values;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void read(String sql, UUID roundId, Collection<String> units, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, roundId);
            if (units != null) {
                s.setArray(2, c.createArrayOf("text", units.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read reports of round " + roundId, e);
        }
    }

    private static String column(Basis basis) {
        return basis == Basis.ACCEPTED ? "accepted" : "submitted";
    }

    private static List<IndicatorValue> parse(String json) {
        try {
            List<IndicatorValue> values = EventCodec.mapper().readValue(json, VALUES);
            return values == null ? List.of() : values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored indicators do not decode", e);
        }
    }

    private static void set(List<String> sets, List<Object> values, String set, Object... setValues) {
        sets.add(set);
        values.addAll(java.util.Arrays.asList(setValues));
    }

    private static void update(Connection c, ReportSnapshot report, String set, List<Object> values)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE report_view SET " + set + " WHERE round_id = ? AND unit_code = ?")) {
            int i = 1;
            for (Object value : values) {
                if (value == null) {
                    s.setNull(i++, Types.OTHER);
                } else {
                    s.setObject(i++, value);
                }
            }
            s.setObject(i++, report.roundId());
            s.setString(i, report.unitCode());
            s.executeUpdate();
        }
    }

    private static Timestamp ts(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
