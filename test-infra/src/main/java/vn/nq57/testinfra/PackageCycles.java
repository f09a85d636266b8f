package vn.nq57.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds package cycles in a source tree without compiling it: a package depends on another when one
 * of its files imports (or names, fully qualified) a type of it. Plain Java, for a plain JUnit test
 * in every service: {@code PackageCycles.assertNone(Path.of("src/main/java"), "vn.nq57.aggregation")}.
 */
public final class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private PackageCycles() {
    }

    /** Fails with every cycle named when the packages under {@code root} depend on each other in a loop. */
    public static void assertNone(Path sources, String root) {
        List<List<String>> cycles = cycles(dependencies(sources, root));
        if (!cycles.isEmpty()) {
            StringBuilder message = new StringBuilder("Package cycles under " + root + ":");
            Map<String, Set<String>> edges = dependencies(sources, root);
            for (List<String> cycle : cycles) {
                message.append("\n  ").append(String.join(" <-> ", cycle));
                for (String from : cycle) {
                    for (String to : edges.get(from)) {
                        if (cycle.contains(to)) {
                            message.append("\n    ").append(from).append(" -> ").append(to);
                        }
                    }
                }
            }
            throw new AssertionError(message.toString());
        }
    }

    /** Each package under {@code root} with the other packages under {@code root} it uses. */
    public static Map<String, Set<String>> dependencies(Path sources, String root) {
        Pattern reference = Pattern.compile("\\b(" + Pattern.quote(root) + "(?:\\.[a-z_][\\w]*)*)\\.[A-Z]");
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = code(Files.readString(file, StandardCharsets.UTF_8));
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find() || !inside(declared.group(1), root)) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> used = edges.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = reference.matcher(text.substring(declared.end()));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        used.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edges.values().forEach(used -> used.removeIf(p -> !edges.containsKey(p)));
        return edges;
    }

    private static boolean inside(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** The source without comments and string literals, which name packages without using them. */
    static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\n])*\"", "\"\"");
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted, in name order. */
    public static List<List<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String node : edges.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, edges, index, low, stack, onStack, found, counter);
            }
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, edges, index, low, stack, onStack, found, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                group.sort(String::compareTo);
                found.add(group);
            }
        }
    }
}
