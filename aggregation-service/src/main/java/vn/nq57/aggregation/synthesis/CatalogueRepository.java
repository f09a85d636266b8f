package vn.nq57.aggregation.synthesis;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.nq57.aggregation.common.Json;

/** The city-edited catalogues (themes, addressee aliases), one row per scope and kind. */
@ApplicationScoped
public class CatalogueRepository {

    public static final String DEFAULT_SCOPE = "DEFAULT";

    @Inject
    AgroalDataSource dataSource;

    /** A stored catalogue with who last changed it. */
    public record Stored<T>(T body, OffsetDateTime updatedAt, String updatedBy) {
    }

    public <T> Optional<Stored<T>> find(String scope, String kind, Class<T> type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT body, updated_at, updated_by FROM synthesis_catalogue WHERE scope = ? AND kind = ?")) {
            s.setString(1, scope);
            s.setString(2, kind);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored<>(Json.read(rs.getString(1), type),
                        rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read catalogue " + kind + " of " + scope, e);
        }
    }

    public void save(String scope, String kind, Object body, Instant at, String by) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO synthesis_catalogue (scope, kind, body, updated_at, updated_by) VALUES (?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (scope, kind) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at,
                    updated_by = EXCLUDED.updated_by""")) {
            s.setString(1, scope);
            s.setString(2, kind);
            s.setString(3, Json.write(body));
            s.setTimestamp(4, Timestamp.from(at));
            s.setString(5, by);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store catalogue " + kind + " of " + scope, e);
        }
    }
}
