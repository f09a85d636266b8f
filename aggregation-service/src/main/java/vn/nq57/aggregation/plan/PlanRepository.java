package vn.nq57.aggregation.plan;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.PlanStatus;

@ApplicationScoped
public class PlanRepository {

    @Inject
    AgroalDataSource dataSource;

    public boolean upsert(Connection c, PlanSnapshot plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO plan_view (plan_id, revision, version_number, status, unit_code, number_symbol, title,
                    issued_on, parent_plan_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET revision = EXCLUDED.revision,
                    version_number = EXCLUDED.version_number, status = EXCLUDED.status,
                    unit_code = EXCLUDED.unit_code, number_symbol = EXCLUDED.number_symbol, title = EXCLUDED.title,
                    issued_on = EXCLUDED.issued_on, parent_plan_id = EXCLUDED.parent_plan_id
                WHERE plan_view.revision < EXCLUDED.revision""")) {
            s.setObject(1, plan.planId());
            s.setLong(2, plan.revision());
            s.setInt(3, plan.versionNumber());
            s.setString(4, plan.status() == null ? PlanStatus.ISSUED.name() : plan.status().name());
            s.setString(5, plan.unitCode());
            s.setString(6, plan.numberSymbol());
            s.setString(7, plan.title());
            s.setDate(8, plan.issuedOn() == null ? null : Date.valueOf(plan.issuedOn()));
            s.setObject(9, plan.parentPlanId());
            return s.executeUpdate() > 0;
        }
    }

    public Optional<PlanView> find(UUID planId) {
        List<PlanView> found = query("SELECT * FROM plan_view WHERE plan_id = ?", planId);
        return found.stream().findFirst();
    }

    /** Plans that implement the given (city) plan. */
    public List<PlanView> implementing(UUID parentPlanId) {
        return query("SELECT * FROM plan_view WHERE parent_plan_id = ? ORDER BY issued_on, unit_code", parentPlanId);
    }

    private List<PlanView> query(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            List<PlanView> plans = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date issued = rs.getDate("issued_on");
                    plans.add(new PlanView(rs.getObject("plan_id", UUID.class), rs.getInt("version_number"),
                            PlanStatus.valueOf(rs.getString("status")), rs.getString("unit_code"),
                            rs.getString("number_symbol"), rs.getString("title"),
                            issued == null ? null : issued.toLocalDate(), rs.getObject("parent_plan_id", UUID.class)));
                }
            }
            return plans;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read plans", e);
        }
    }
}
