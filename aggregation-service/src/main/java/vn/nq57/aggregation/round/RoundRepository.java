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

    /** Every round, oldest deadline first. */
    public List<RoundSnapshot> all() {
        return query("SELECT snapshot FROM round_view ORDER BY due_at, round_id", null);
    }

    private List<RoundSnapshot> query(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, id);
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
