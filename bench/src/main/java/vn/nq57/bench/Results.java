package vn.nq57.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The run's figures as a Markdown section: printed, and appended to docs/benchmarks.md. */
final class Results {

    private final List<String> lines = new ArrayList<>();

    Results(BenchConfig config, String command, int units) {
        lines.add("");
        lines.add("## " + ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                + " — " + config.scenario() + ", " + units + " units, concurrency " + config.concurrency());
        lines.add("");
        lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memoryGiB() + " GiB, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("- command: `" + command + "`");
    }

    void line(String text) {
        lines.add(text);
    }

    void latencyTable(Stats stats) {
        lines.add("");
        lines.add("| operation | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Histogram> e : stats.all().entrySet()) {
            Histogram h = e.getValue();
            lines.add("| " + e.getKey() + " | " + h.getTotalCount() + " | " + stats.errors(e.getKey()) + " | "
                    + ms(h.getValueAtPercentile(50)) + " | " + ms(h.getValueAtPercentile(95)) + " | "
                    + ms(h.getValueAtPercentile(99)) + " | " + ms(h.getMaxValue()) + " |");
        }
        stats.firstErrors().forEach((operation, error) -> lines.add("- first error of " + operation + ": `"
                + error.replace('`', '\'').replace('\n', ' ') + "`"));
        lines.add("");
    }

    void print() {
        lines.forEach(System.out::println);
    }

    /** The local services' resident memory and the latency table; then printed and appended to the results file. */
    void finish(Stats stats, Path file) {
        Map<String, Long> rss = ServiceMemory.residentMiB();
        line("- resident memory after the run (MiB): " + (rss.isEmpty() ? "no local service processes found" : rss));
        latencyTable(stats);
        print();
        append(file);
        System.out.println("[bench] results appended to " + file);
    }

    void append(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.writeString(file, "# Benchmarks\n\nWritten by `bench/run.sh` (see the README's Benchmarks section).\n",
                        StandardCharsets.UTF_8);
            }
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String ms(double micros) {
        return String.format("%.1f", micros / 1000.0);
    }

    private static long memoryGiB() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return 0;
    }
}
