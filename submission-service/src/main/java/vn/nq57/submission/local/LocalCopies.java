package vn.nq57.submission.local;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import vn.nq57.contracts.events.PlanSnapshot;
import vn.nq57.contracts.events.UnitSnapshot;
import vn.nq57.submission.support.MongoCollections;

/**
 * Local copies of the units (đơn vị hành chính) and plans (kế hoạch) that plan-service publishes.
 * Each copy keeps the highest revision it has seen, so replays and stale events change nothing.
 */
@ApplicationScoped
public class LocalCopies {

    @Inject
    MongoCollections collections;

    public boolean apply(UnitSnapshot unit) {
        Document doc = new Document("_id", unit.code())
                .append("name", unit.name())
                .append("type", unit.type() == null ? null : unit.type().name())
                .append("parentCode", unit.parentCode())
                .append("active", unit.active())
                .append("revision", unit.revision());
        return upsertNewer(collections.units(), unit.code(), unit.revision(), doc);
    }

    public boolean apply(PlanSnapshot plan) {
        Document doc = new Document("_id", plan.planId().toString())
                .append("status", plan.status() == null ? null : plan.status().name())
                .append("unitCode", plan.unitCode())
                .append("numberSymbol", plan.numberSymbol())
                .append("title", plan.title())
                .append("revision", plan.revision());
        return upsertNewer(collections.plans(), plan.planId().toString(), plan.revision(), doc);
    }

    /** Replaces the copy only when the event is newer; a duplicate key means a newer copy already won. */
    private static boolean upsertNewer(MongoCollection<Document> collection, String id, long revision, Document doc) {
        try {
            collection.replaceOne(Filters.and(Filters.eq("_id", id), Filters.lt("revision", revision)), doc,
                    new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<KnownPlan> plan(UUID planId) {
        Document doc = collections.plans().find(Filters.eq("_id", planId.toString())).first();
        return Optional.ofNullable(doc).map(d -> new KnownPlan(planId, d.getString("status"), d.getString("unitCode"),
                d.getString("numberSymbol")));
    }

    public Optional<KnownUnit> unit(String code) {
        Document doc = collections.units().find(Filters.eq("_id", code)).first();
        return Optional.ofNullable(doc).map(LocalCopies::toUnit);
    }

    /** Active commune-level units of a province, by code. */
    public List<String> activeCommunesOf(String provinceCode) {
        List<String> codes = new ArrayList<>();
        for (Document d : collections.units().find(Filters.and(Filters.eq("parentCode", provinceCode),
                Filters.eq("active", true)))) {
            codes.add(d.getString("_id"));
        }
        codes.sort(String::compareTo);
        return codes;
    }

    private static KnownUnit toUnit(Document d) {
        return new KnownUnit(d.getString("_id"), d.getString("name"), d.getString("parentCode"),
                Boolean.TRUE.equals(d.getBoolean("active")));
    }

    /** What submission-service knows of a plan. */
    public record KnownPlan(UUID planId, String status, String unitCode, String numberSymbol) {
        public boolean isCurrent() {
            return "ISSUED".equals(status) || "AMENDED".equals(status);
        }
    }

    /** What submission-service knows of a unit. */
    public record KnownUnit(String code, String name, String parentCode, boolean active) {
    }
}
