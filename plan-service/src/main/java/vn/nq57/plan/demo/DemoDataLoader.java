package vn.nq57.plan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.UnitFact;
import vn.nq57.contracts.security.Caller;
import vn.nq57.contracts.security.Roles;
import vn.nq57.plan.plan.IssueRequest;
import vn.nq57.plan.plan.PlanRequest;
import vn.nq57.plan.plan.PlanService;
import vn.nq57.plan.unit.ImportReport;
import vn.nq57.plan.unit.UnitCsv;
import vn.nq57.plan.unit.UnitService;

/**
 * Loads the demo units and the seed plans at startup when {@code nq57.demo-data} is on. It goes
 * through the services, so it writes the same outbox events as users do, and skips what exists.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** In dependency order: a city plan before the unit plans implementing it. */
    private static final List<String> PLAN_FILES = List.of(
            "demo/plans/1-hai-phong-192-2025.json", "demo/plans/1-hai-phong-67-2026.json", "demo/plans/2-an-hung-2026.json",
            "demo/plans/3-phu-luong-2025.json", "demo/plans/4-phu-lien-48-2025.json", "demo/plans/5-cat-hai-36-2025.json");

    /** One demo plan file: the plan, its fixed id, and its number when it was issued. */
    record DemoPlan(UUID planId, IssueRequest issue, PlanRequest plan) {
    }

    /** What a load did. */
    public record Result(ImportReport units, int officesSet, int factsSet, int plansCreated) {
    }

    @ConfigProperty(name = "nq57.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    UnitService units;

    @Inject
    PlanService plans;

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            Result result = VertxContextSupport.subscribeAndAwait(this::load);
            LOG.infof("Demo data: %d units created, %d updated, %d unchanged; %d offices lists set; %d facts lists set;"
                    + " %d plans created", result.units().created(), result.units().updated(), result.units().unchanged(),
                    result.officesSet(), result.factsSet(), result.plansCreated());
        }
    }

    public Uni<Result> load() {
        List<UnitCsv.Line> lines = UnitCsv.parse(resource("demo/units.csv"));
        Map<String, String> provinceOf = new HashMap<>();
        Map<String, List<UnitCsv.Line>> byProvince = new LinkedHashMap<>();
        lines.forEach(line -> {
            provinceOf.put(line.code(), line.province());
            byProvince.computeIfAbsent(line.province(), p -> new ArrayList<>()).add(line);
        });
        return Multi.createFrom().iterable(byProvince.entrySet())
                .onItem().transformToUniAndConcatenate(e -> units.importLines(adminOf(e.getKey()), e.getValue()))
                .collect().asList()
                .map(reports -> ImportReport.of(reports.stream().flatMap(r -> r.results().stream()).toList()))
                .flatMap(report -> loadOffices().flatMap(offices -> loadFacts().flatMap(facts -> loadPlans(provinceOf)
                        .map(created -> new Result(report, offices, facts, created)))));
    }

    /** The loader acts as a city admin of each province in turn: a caller without a province may do nothing. */
    private static Caller adminOf(String province) {
        return new Caller("demo-loader", Set.of(Roles.CITY_ADMIN), null, province);
    }

    private Uni<Integer> loadOffices() {
        Map<String, List<String>> offices = json("demo/offices.json", new TypeReference<>() { });
        return Multi.createFrom().iterable(offices.entrySet())
                .onItem().transformToUniAndConcatenate(e -> units.ensureOffices(e.getKey(), e.getValue()))
                .collect().asList()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    /** Facts the seed reports give about their units (Phù Liễn's 40 tổ dân phố, Cát Hải's population and area). */
    private Uni<Integer> loadFacts() {
        Map<String, List<UnitFact>> facts = json("demo/facts.json", new TypeReference<>() { });
        return Multi.createFrom().iterable(facts.entrySet())
                .onItem().transformToUniAndConcatenate(e -> units.ensureFacts(e.getKey(), e.getValue()))
                .collect().asList()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Integer> loadPlans(Map<String, String> provinceOf) {
        return Multi.createFrom().iterable(PLAN_FILES)
                .map(file -> json(file, new TypeReference<DemoPlan>() { }))
                .onItem().transformToUniAndConcatenate(demo -> loadPlan(demo, adminOf(provinceOf.get(demo.plan().unitCode()))))
                .collect().asList()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> loadPlan(DemoPlan demo, Caller admin) {
        return plans.exists(demo.planId()).flatMap(exists -> {
            if (exists) {
                return Uni.createFrom().item(false);
            }
            Uni<?> created = plans.createDraft(admin, demo.plan(), demo.planId());
            if (demo.issue() != null) {
                created = created.flatMap(draft -> plans.issue(admin, demo.planId(), null, demo.issue()));
            }
            return created.replaceWith(true);
        });
    }

    private static String resource(String path) {
        try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T json(String path, TypeReference<T> type) {
        try {
            return EventCodec.mapper().readValue(resource(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo resource " + path + " is not valid", e);
        }
    }
}
