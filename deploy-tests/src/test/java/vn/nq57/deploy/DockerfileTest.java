package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of every service's Dockerfile. No Docker engine runs here, so the images cannot be
 * built in this suite: it checks what a build relies on instead.
 */
class DockerfileTest {

    private static final Pattern BASE_IMAGE = Pattern.compile(
            "(eclipse-temurin:17(\\.[0-9._]+)?-jre[-a-z0-9.]*|registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime(:[-a-z0-9.]+)?)");

    record Instruction(String keyword, String arguments) {
    }

    static List<String> services() {
        return new ArrayList<>(Repo.SERVICES.keySet());
    }

    @ParameterizedTest
    @MethodSource("services")
    void startsFromASmallJava17RuntimeImage(String service) {
        List<Instruction> from = instructions(service, "FROM");
        assertEquals(1, from.size(), service + ": a single-stage image over the Maven-built fast-jar");
        assertTrue(BASE_IMAGE.matcher(from.get(0).arguments()).matches(), service + ": base image " + from.get(0).arguments());
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAsTheNonRootUserTheKubernetesPodExpects(String service) {
        List<Instruction> users = instructions(service, "USER");
        assertFalse(users.isEmpty(), service + " has no USER: it would run as root");
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertFalse(user.equals("root") || user.equals("0"), service + " runs as root");
        assertTrue(user.matches("[1-9][0-9]*"), service + ": USER must be numeric so that runAsNonRoot can verify it");
        Long podUser = Manifests.named("prod", Deployment.class, service)
                .getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
        assertEquals(Long.valueOf(user), podUser, service + ": the Deployment's runAsUser matches the image's USER");
    }

    @ParameterizedTest
    @MethodSource("services")
    void exposesTheServicePortAndChecksReadiness(String service) {
        int port = Repo.SERVICES.get(service);
        List<String> exposed = instructions(service, "EXPOSE").stream()
                .flatMap(i -> List.of(i.arguments().split("\\s+")).stream())
                .collect(Collectors.toList());
        assertEquals(List.of(String.valueOf(port)), exposed, service + " EXPOSE");
        List<Instruction> healthchecks = instructions(service, "HEALTHCHECK");
        assertEquals(1, healthchecks.size(), service + " HEALTHCHECK");
        assertTrue(healthchecks.get(0).arguments().contains("http://localhost:" + port + "/q/health/ready"),
                service + ": HEALTHCHECK probes readiness on its own port: " + healthchecks.get(0).arguments());
    }

    @ParameterizedTest
    @MethodSource("services")
    void copiesTheFastJarLayoutFromTheRepositoryRoot(String service) {
        String prefix = service + "/target/quarkus-app/";
        List<String> sources = instructions(service, "COPY").stream()
                .map(i -> i.arguments().replaceAll("--[a-z]+=\\S+\\s+", "").split("\\s+")[0])
                .collect(Collectors.toList());
        for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(sources.contains(prefix + part), service + " does not COPY " + prefix + part + " (build context: repository root)");
        }
        assertTrue(instructions(service, "ADD").isEmpty(), service + ": COPY, not ADD (no remote URLs, no archive magic)");
        for (Instruction run : instructions(service, "RUN")) {
            String command = run.arguments().toLowerCase(Locale.ROOT);
            assertFalse(command.contains("curl") || command.contains("wget") || command.contains("apt-get") || command.contains("dnf"),
                    service + ": nothing is downloaded while building or running: " + run.arguments());
        }
        List<Instruction> entrypoint = instructions(service, "ENTRYPOINT");
        assertEquals(1, entrypoint.size(), service + " ENTRYPOINT");
        assertTrue(entrypoint.get(0).arguments().contains("/quarkus-run.jar"), service + " starts quarkus-run.jar");
    }

    /**
     * Native memory the heap limit does not cap is bounded as in the local launcher (dev-stack
     * ServiceSpec): two malloc arenas, no per-thread cache of large NIO temporary direct buffers.
     */
    @ParameterizedTest
    @MethodSource("services")
    void boundsNativeMemoryOutsideTheHeap(String service) {
        List<Instruction> env = instructions(service, "ENV");
        assertTrue(env.stream().anyMatch(e -> e.arguments().matches("(?s).*(^|\\s)MALLOC_ARENA_MAX=2(\\s.*|$)")),
                service + ": ENV MALLOC_ARENA_MAX=2 in " + env);
        assertTrue(env.stream().anyMatch(e -> e.arguments().matches("(?s).*JAVA_OPTS=\"[^\"]*-Djdk\\.nio\\.maxCachedBufferSize=262144[ \"].*")),
                service + ": JAVA_OPTS bounds the NIO buffer cache in " + env);
    }

    private static List<Instruction> instructions(String service, String keyword) {
        return parse(service).stream().filter(i -> i.keyword().equals(keyword)).collect(Collectors.toList());
    }

    /** Dockerfile instructions with line continuations joined and comments dropped. */
    static List<Instruction> parse(String service) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Repo.read(service + "/Dockerfile").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                String[] parts = text.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : ""));
            }
        }
        return instructions;
    }
}
