package vn.nq57.notification.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Local copy of an administrative unit (đơn vị hành chính), built from {@code unit.upserted}. */
@Entity
@Table(name = "unit")
public class UnitEntity {

    @Id
    public String code;

    public String name;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "parent_code")
    public String parentCode;

    public boolean active;

    public long revision;
}
