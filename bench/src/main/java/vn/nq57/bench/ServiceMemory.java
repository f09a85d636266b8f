package vn.nq57.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Resident memory of the platform's service processes on this machine, read from /proc. */
final class ServiceMemory {

    private static final List<String> SERVICES = List.of("plan-service", "submission-service", "aggregation-service",
            "notification-service", "gateway");

    private ServiceMemory() {
    }

    /** Service name → RSS in MiB, for the services found running here. */
    static Map<String, Long> residentMiB() {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> read(p, found));
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static void read(Path process, Map<String, Long> found) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            if (!command.contains("quarkus-run.jar")) {
                return;
            }
            for (String service : SERVICES) {
                if (command.contains("/" + service + "/")) {
                    found.put(service, rssKiB(process) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended while we looked
        }
    }

    private static long rssKiB(Path process) throws IOException {
        for (String line : Files.readAllLines(process.resolve("status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
