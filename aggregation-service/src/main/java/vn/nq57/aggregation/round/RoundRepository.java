package vn.nq57.aggregation.round;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nq57.aggregation.common.Json;
import vn.nq57.contracts.events.RoundSnapshot;

@ApplicationScoped
public class RoundRepository {

    @Inject
    AgroalDataSource dataSource;

    public boolean upsert(Connection c, RoundSnapshot round) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO round_view (round_id, revision, issuer_unit_code, due_at, snapshot)
                VALUES (?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (round_id) DO UPDATE SET revision = EXCLUDED.revision,
                    issuer_unit_code = EXCLUDED.issuer_unit_code, due_at = EXCLUDED.due_at, snapshot = EXCLUDED.snapshot
                WHERE round_view.revision < EXCLUDED.revision""")) {
            s.setObject(1, round.roundId());
            s.setLong(2, round.revision());
            s.setString(3, round.issuerUnitCode());
            s.setTimestamp(4, Timestamp.from(round.dueAt().toInstant()));
            s.setString(5, Json.write(round));
            return s.executeUpdate() > 0;
        }
    }

    public Optional<RoundSnapshot> find(UUID roundId) {
        return query("SELECT snapshot FROM round_view WHERE round_id = ?", roundId).stream().findFirst();
    }

    /** The rounds a province issued, oldest deadline first. */
    public List<RoundSnapshot> ofProvince(String provinceCode) {
        return query("SELECT snapshot FROM round_view WHERE issuer_unit_code = ? ORDER BY due_at, round_id",
                provinceCode);
    }

    /** The rounds that require a unit, oldest deadline first. */
    public List<RoundSnapshot> requiring(String unitCode) {
        return query("SELECT snapshot FROM round_view WHERE snapshot -> 'requiredUnitCodes' @> ?::jsonb "
                + "ORDER BY due_at, round_id", Json.write(List.of(unitCode)));
    }

    /** The revision of the round held now, or -1 when none. */
    public long revision(UUID roundId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT revision FROM round_view WHERE round_id = ?")) {
            s.setObject(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read round " + roundId, e);
        }
    }

    private List<RoundSnapshot> query(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            List<RoundSnapshot> rounds = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rounds.add(Json.read(rs.getString(1), RoundSnapshot.class));
                }
            }
            return rounds;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read rounds", e);
        }
    }
}
