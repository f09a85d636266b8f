package vn.nq57.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup benchmark ({@code bench/startup.sh}): starts the local platform (parallel start, ready
 * times counted from Keycloak being ready), then restarts each service alone against the same
 * infrastructure while the others idle, and records its Quarkus "started in" and its time to ready.
 * Appends a section to docs/benchmarks.md and stops everything.
 */
public final class StartupBench {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private StartupBench() {
    }

    /** Measures without the class-data archives, for a before/after in the same conditions. */
    static final String WITHOUT_ARCHIVES = "--without-class-data-archives";

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> arguments = List.of(args);
        boolean archives = !arguments.contains(WITHOUT_ARCHIVES);
        Path results = Path.of(arguments.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("docs/benchmarks.md"));
        String loadAtStart = loadAverage();
        PlatformOptions plain = new PlatformOptions(Path.of("").toAbsolutePath(),
                Path.of(".dev-stack-startup").toAbsolutePath(), true, PlatformPorts.defaults());
        PlatformOptions options = archives ? plain.withClassDataSharing() : plain;
        if (archives) {
            recordClassDataArchives(options, out);
        }
        List<String> lines = new ArrayList<>();
        try (LocalPlatform platform = LocalPlatform.start(options, out)) {
            // Ctrl-C or a timeout stops everything too (close is idempotent: the stack of parts is emptied).
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "nq57-startup-bench-stop"));
            Map<String, Duration> parallel = platform.readyAfterKeycloak();
            lines.add("");
            lines.add("## " + ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                    + " — startup");
            lines.add("");
            ServiceJdk jdk = LocalPlatform.serviceJdk(options);
            lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores; services on Java "
                    + jdk.version() + "; load average (1/5/15 min) at start: " + loadAtStart);
            lines.add("- command: `bench/startup.sh`; service JVM options: `"
                    + String.join(" ", ServiceSpec.jvmOptions("<service>", null))
                    + (!archives ? "`, without class-data archives (`" + WITHOUT_ARCHIVES + "`)"
                            : jdk.aotCache() ? "` plus each build's AOT cache (`-XX:AOTCache`, recorded by an earlier run)"
                            : "` plus each build's class-data archive (`-XX:SharedArchiveFile`, recorded by an earlier run)")
                    + "; environment `MALLOC_ARENA_MAX=2`");
            lines.add(String.format("- parallel start: all five services ready %.1f s after Keycloak was ready",
                    parallel.values().stream().mapToLong(Duration::toMillis).max().orElse(0) / 1000.0));
            lines.add("");
            lines.add("| service | parallel start: ready after Keycloak s | alone: Quarkus \"started in\" s | alone: launch → ready s"
                    + " | alone: CPU s to ready | RSS after ready MiB |");
            lines.add("|---|---|---|---|---|---|");
            for (String module : parallel.keySet()) {
                platform.kill(module);
                int logLines = lines(platform.log(module)).size();
                long launched = System.nanoTime();
                platform.restart(module);
                double ready = (System.nanoTime() - launched) / 1e9;
                // this platform's process: other checkouts may run the same modules on the machine
                Optional<ProcessHandle> process = Optional.of(platform.process(module));
                lines.add(String.format("| %s | %.1f | %s | %.1f | %s | %s |", module, parallel.get(module).toMillis() / 1000.0,
                        startedInAfter(platform.log(module), logLines).orElse("?"), ready,
                        process.flatMap(p -> p.info().totalCpuDuration()).map(d -> String.format("%.1f", d.toMillis() / 1000.0)).orElse("?"),
                        process.map(StartupBench::residentMiB).orElse("?")));
                out.printf("  %s alone: ready in %.1f s%n", module, ready);
            }
            lines.add("");
            lines.add("- load average after: " + loadAverage());
        }
        lines.forEach(out::println);
        try {
            Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.exit(0);
    }

    /**
     * The first start after a build records each service's class-data archive when it stops: that
     * run is not measured (a developer's platform pays it once per build, then every start maps it).
     */
    private static void recordClassDataArchives(PlatformOptions options, PrintStream out) {
        if (LocalPlatform.classDataArchivesPresent(options)) {
            return;
        }
        out.println("Recording the services' class-data archives (first start of these builds; not measured) …");
        try (LocalPlatform platform = LocalPlatform.start(options, out)) {
            out.println("Stopping it: the services write their archives …");
        }
    }

    /**
     * The "started in N.NNNs" a service logged after the first {@code skip} lines of its log: the
     * line of this start, not of the parallel one (a service may answer ready a moment before its
     * log line is written, so it is awaited for up to 5 s).
     */
    static Optional<String> startedInAfter(Path log, int skip) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            Optional<String> found = lines(log).stream().skip(skip).map(STARTED_IN::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found;
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String residentMiB(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone meanwhile
        }
        return "?";
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
