package vn.nq57.plan.unit;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.contracts.events.UnitType;

/** Administrative unit (đơn vị hành chính) as stored: a province/city or a commune-level unit. */
@Entity
@Table(name = "unit")
public class Unit {

    private static final TypeReference<List<UnitFact>> FACTS = new TypeReference<>() { };

    @Id
    public String code;

    public String name;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    @Column(name = "parent_code")
    public String parentCode;

    /** The unit itself for a province, its parent for a commune-level unit: the scope of city roles. */
    @Column(name = "province_code")
    public String provinceCode;

    /**
     * {@code {"offices": [...], "facts": [...]}}: the unit's internal offices (Phòng Văn hóa - Xã hội, ...) and
     * its facts (population, area, villages...).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> details;

    public boolean active;

    public long revision;

    @Version
    public long version;

    @Column(name = "search_key")
    public String searchKey;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> offices() {
        Object list = details == null ? null : details.get("offices");
        return list instanceof List<?> offices ? offices.stream().map(String::valueOf).toList() : List.of();
    }

    public void offices(List<String> offices) {
        detail("offices", List.copyOf(offices));
    }

    public List<UnitFact> facts() {
        Object list = details == null ? null : details.get("facts");
        return list == null ? List.of() : EventCodec.mapper().convertValue(list, FACTS);
    }

    public void facts(List<UnitFact> facts) {
        detail("facts", EventCodec.mapper().convertValue(List.copyOf(facts), List.class));
    }

    private void detail(String key, Object value) {
        Map<String, Object> map = details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(details);
        map.put(key, value);
        details = map;
    }

    public UnitSnapshot snapshot() {
        return new UnitSnapshot(code, name, fullName, type, parentCode, offices(), active, revision, facts());
    }
}
