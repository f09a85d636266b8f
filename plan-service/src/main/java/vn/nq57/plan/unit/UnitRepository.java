package vn.nq57.plan.unit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Uni<List<Unit>> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("code in ?1", List.copyOf(codes));
    }

    public Uni<List<Unit>> communesOf(String provinceCode) {
        return list("parentCode = ?1 and active = true order by code", provinceCode);
    }
}
