package vn.nq57.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, recorded with every run so that a run on a busy machine says so. */
final class MachineLoad {

    private MachineLoad() {
    }

    /** "1-min 5-min 15-min" from /proc/loadavg, or "unknown". */
    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Whether other work than the idle platform used the CPUs when the bench started. */
    static String verdict(String atStart) {
        try {
            double idleLoad = Double.parseDouble(atStart.split(" ")[0]);
            int cores = Runtime.getRuntime().availableProcessors();
            return idleLoad >= 0.5 * cores
                    ? "LOADED machine: other work used the CPUs before the run started, figures are pessimistic"
                    : "machine about idle before the run";
        } catch (RuntimeException e) {
            return "load unknown";
        }
    }
}
