package vn.nq57.notification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.nq57.testinfra.PackageCycles;

/**
 * The service's packages depend on each other in one direction only: resources and consumers sit
 * above services, services above repositories, shared enums and support below.
 */
class PackageCyclesTest {

    private static final String ROOT = "vn.nq57.notification";
    private static final Path SOURCES = Path.of("src/main/java");

    /** Package (relative to the root) → the service's packages it uses, also relative. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> relative = new TreeMap<>();
        PackageCycles.dependencies(SOURCES, ROOT).forEach((from, to) -> {
            Set<String> used = new TreeSet<>();
            to.forEach(p -> used.add(p.substring(ROOT.length() + 1)));
            relative.put(from.substring(ROOT.length() + 1), used);
        });
        return relative;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        assertTrue(dependencies().size() > 5, "read the sources: " + dependencies().keySet());
        PackageCycles.assertNone(SOURCES, ROOT);
    }

    @Test
    void theLowestPackagesImportNothingOfTheService() {
        Map<String, Set<String>> graph = dependencies();
        for (String lowest : List.of("shared", "support", "catalog", "user")) {
            assertEquals(Set.of(), graph.getOrDefault(lowest, Set.of()), lowest + " must sit below every other package");
        }
        assertTrue(graph.get("ingest").containsAll(Set.of("catalog", "schedule", "notice")), graph.get("ingest").toString());
        assertTrue(graph.keySet().stream().noneMatch(p -> graph.get(p).contains("ingest")), "nothing imports the consumers");
    }
}
