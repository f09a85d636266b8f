package vn.nq57.aggregation.round;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nq57.aggregation.common.Basis;
import vn.nq57.contracts.events.ReportSection;
import vn.nq57.contracts.events.ReportSnapshot;

/**
 * The section texts of each unit's counted versions ({@code report_section_view}), replaced whenever
 * {@link ReportRepository} replaces the snapshot they belong to, in the same transaction.
 */
@ApplicationScoped
public class SectionRepository {

    @Inject
    AgroalDataSource dataSource;

    /** Replaces the unit's sections on this basis by the report's (none when the report is null). */
    void replace(Connection c, ReportSnapshot report, Basis basis, boolean clear) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM report_section_view WHERE round_id = ? AND basis = ? AND unit_code = ?")) {
            s.setObject(1, report.roundId());
            s.setString(2, basis.name());
            s.setString(3, report.unitCode());
            s.executeUpdate();
        }
        if (clear || report.sections() == null || report.sections().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO report_section_view (round_id, unit_code, basis, position, code, title, body)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (ReportSection section : report.sections()) {
                if (section == null || section.code() == null || section.text() == null) {
                    continue;
                }
                s.setObject(1, report.roundId());
                s.setString(2, report.unitCode());
                s.setString(3, basis.name());
                s.setInt(4, position++);
                s.setString(5, section.code());
                s.setString(6, section.title());
                s.setString(7, section.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every unit's sections of the round on this basis, in the order the unit's report had them. */
    public Map<String, List<ReportSection>> sections(UUID roundId, Basis basis) {
        Map<String, List<ReportSection>> byUnit = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT unit_code, code, title, body FROM report_section_view
                WHERE round_id = ? AND basis = ? ORDER BY unit_code, position""")) {
            s.setObject(1, roundId);
            s.setString(2, basis.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byUnit.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                            .add(new ReportSection(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return byUnit;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sections of round " + roundId, e);
        }
    }
}
