package vn.nq57.aggregation.round;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.nq57.aggregation.common.Json;
import vn.nq57.aggregation.common.Zones;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.ReportSnapshot;
import vn.nq57.contracts.events.ReportStatus;

/**
 * Report rows. Each column group (workflow state, latest submitted version, accepted version,
 * first submission) is guarded by its own revision, so a stale or reordered event never rolls a
 * group back, and the row ends the same whatever order the events came in.
 */
@ApplicationScoped
public class ReportRepository {

    @Inject
    AgroalDataSource dataSource;

    public boolean apply(Connection c, EventType type, ReportSnapshot report) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO report_view (round_id, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setObject(1, report.roundId());
            s.setString(2, report.unitCode());
            s.executeUpdate();
        }
        long revision;
        long submittedRevision;
        long acceptedRevision;
        Integer firstVersion;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT revision, submitted_revision, accepted_revision, first_version FROM report_view
                WHERE round_id = ? AND unit_code = ? FOR UPDATE""")) {
            s.setObject(1, report.roundId());
            s.setString(2, report.unitCode());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                revision = rs.getLong(1);
                submittedRevision = rs.getLong(2);
                acceptedRevision = rs.getLong(3);
                firstVersion = (Integer) rs.getObject(4);
            }
        }
        long r = report.revision();
        boolean carriesSubmission = report.version() >= 1 && (type == EventType.REPORT_SUBMITTED
                || type == EventType.REPORT_RETURNED || type == EventType.REPORT_ACCEPTED);
        boolean changed = false;
        if (r > revision) {
            update(c, report, "status = ?, version = ?, resubmit_by = ?, revision = ?",
                    report.status() == null ? null : report.status().name(), report.version(),
                    ts(report.resubmitBy()), r);
            changed = true;
        }
        if (carriesSubmission && r > submittedRevision) {
            update(c, report, "submitted = ?::jsonb, submitted_at = ?, submitted_revision = ?",
                    Json.write(report), ts(report.submittedAt()), r);
            changed = true;
        } else if (type == EventType.REPORT_WITHDRAWN && r > submittedRevision) {
            update(c, report, "submitted = ?::jsonb, submitted_at = ?, submitted_revision = ?", null, null, r);
            changed = true;
        }
        if (type == EventType.REPORT_ACCEPTED && r > acceptedRevision) {
            update(c, report, "accepted = ?::jsonb, accepted_revision = ?", Json.write(report), r);
            changed = true;
        }
        if (carriesSubmission && report.submittedAt() != null
                && (firstVersion == null || report.version() < firstVersion)) {
            update(c, report, "first_version = ?, first_submitted_at = ?, first_late = ?", report.version(),
                    ts(report.submittedAt()), report.late());
            changed = true;
        }
        return changed;
    }

    /** Every report row of a round, by unit code. */
    public Map<String, ReportState> forRound(UUID roundId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM report_view WHERE round_id = ?")) {
            s.setObject(1, roundId);
            Map<String, ReportState> states = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString("status");
                    states.put(rs.getString("unit_code"), new ReportState(rs.getString("unit_code"),
                            status == null ? null : ReportStatus.valueOf(status), (Integer) rs.getObject("version"),
                            time(rs, "resubmit_by"), Json.read(rs.getString("submitted"), ReportSnapshot.class),
                            Json.read(rs.getString("accepted"), ReportSnapshot.class),
                            time(rs, "first_submitted_at"), (Boolean) rs.getObject("first_late")));
                }
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read reports of round " + roundId, e);
        }
    }

    private static void update(Connection c, ReportSnapshot report, String set, Object... values)
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
        return value == null ? null : value.toInstant().atZone(Zones.VIETNAM).toOffsetDateTime();
    }
}
