package vn.nq57.aggregation.unit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;

@ApplicationScoped
public class UnitRepository {

    @Inject
    AgroalDataSource dataSource;

    /** Stores the snapshot unless a newer revision is already held; answers whether it changed anything. */
    public boolean upsert(Connection c, UnitSnapshot unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO unit_view (code, revision, name, full_name, type, parent_code, active, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, nextval('read_model_seq'))
                ON CONFLICT (code) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name,
                    full_name = EXCLUDED.full_name, type = EXCLUDED.type, parent_code = EXCLUDED.parent_code,
                    active = EXCLUDED.active, seq = EXCLUDED.seq
                WHERE unit_view.revision < EXCLUDED.revision""")) {
            s.setString(1, unit.code());
            s.setLong(2, unit.revision());
            s.setString(3, unit.name());
            s.setString(4, unit.fullName());
            s.setString(5, unit.type() == null ? "" : unit.type().name());
            s.setString(6, unit.parentCode());
            s.setBoolean(7, unit.active());
            return s.executeUpdate() > 0;
        }
    }

    /** The units with these codes, in the given order; unknown codes get a placeholder. */
    public Map<String, UnitView> byCodes(Collection<String> codes) {
        Map<String, UnitView> found = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM unit_view WHERE code = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", codes.toArray()));
            Map<String, UnitView> rows = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UnitView unit = map(rs);
                    rows.put(unit.code(), unit);
                }
            }
            for (String code : codes) {
                found.put(code, rows.getOrDefault(code, UnitView.unknown(code)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read units", e);
        }
    }

    /** Active commune-level units of a province, by code. */
    public List<UnitView> activeChildren(String provinceCode) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT * FROM unit_view WHERE parent_code = ? AND active ORDER BY code")) {
            s.setString(1, provinceCode);
            List<UnitView> units = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    units.add(map(rs));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read units", e);
        }
    }

    /**
     * A number that grows whenever any unit row changes (the sum of their change numbers, which
     * only grow), however the writers' commits interleave.
     */
    public long changeStamp() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT coalesce(sum(seq), 0) FROM unit_view");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read units", e);
        }
    }

    public UnitView find(String code) {
        return byCodes(List.of(code)).get(code);
    }

    private static UnitView map(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new UnitView(rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
                type == null || type.isEmpty() ? null : UnitType.valueOf(type), rs.getString("parent_code"),
                rs.getBoolean("active"));
    }
}
