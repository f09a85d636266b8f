package vn.nq57.notification.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the imports of {@code src/main/java} and fails on a cycle between the service's packages:
 * resources and consumers sit above services, services above repositories, shared enums below.
 * (A same-package reference needs no import, so only cross-package edges are seen, which is what matters.)
 */
class PackageCyclesTest {

    private static final String ROOT = "vn.nq57.notification";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Package (relative to the root) → the service's packages it imports from. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find() || !pkg.group(1).startsWith(ROOT + ".")) {
                    return;
                }
                String from = pkg.group(1).substring(ROOT.length() + 1);
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(source);
                while (imports.find()) {
                    String target = ownerPackage(imports.group(1));
                    if (target != null && !target.equals(from)) {
                        to.add(target);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The service package of an imported name ({@code vn.nq57.notification.catalog.RoundUnit.Key} → {@code catalog}). */
    private static String ownerPackage(String imported) {
        if (!imported.startsWith(ROOT + ".")) {
            return null;
        }
        StringBuilder pkg = new StringBuilder();
        for (String part : imported.substring(ROOT.length() + 1).split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.size() > 5, "read the sources: " + graph.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            findCycle(graph, start, start, path, new TreeSet<>(), cycles);
        }
        assertEquals(List.of(), cycles, "package cycles (each a → … → a)");
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

    private static void findCycle(Map<String, Set<String>> graph, String start, String at, List<String> path,
            Set<String> seen, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" → ", path) + " → " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(graph, start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
