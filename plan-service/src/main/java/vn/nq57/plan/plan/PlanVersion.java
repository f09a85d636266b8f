package vn.nq57.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.PlanStatus;

/**
 * One version of a plan (Kế hoạch). {@link #planId} is stable across versions; {@link #latest} marks
 * the version the plan currently shows. The document's structured parts are JSONB in {@link #content}.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "version_number")
    public int versionNumber;

    @Column(name = "replaces_version")
    public Integer replacesVersion;

    public boolean latest;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "number_symbol")
    public String numberSymbol;

    @Column(name = "issue_year")
    public Integer issueYear;

    public String place;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String title;

    public Integer year;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "superseded_by_plan_id")
    public UUID supersededByPlanId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> content;

    @Column(name = "search_text")
    public String searchText;

    /** Grows with every change of the plan (all versions), carried by its events. */
    public long revision;

    /** Optimistic lock of this row; the ETag. */
    @Version
    public long version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public PlanSnapshot snapshot() {
        return new PlanSnapshot(planId, versionNumber, replacesVersion, status, unitCode, numberSymbol, title, issuedOn,
                year, parentPlanId, supersededByPlanId, revision);
    }
}
