package vn.nq57.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Resident memory of the local platform's service processes, read from /proc. A service is known by
 * its module's jar and the HTTP port the launcher gives it (the documented local ports, moved with the
 * launcher's {@code -Dnq57.port.<name>=}): other checkouts' platforms (test suites on random ports)
 * may run the same modules on the machine.
 */
final class ServiceMemory {

    private static final Map<String, Integer> SERVICES = Map.of(
            "plan-service", Integer.getInteger("nq57.port.plan", 8081),
            "submission-service", Integer.getInteger("nq57.port.submission", 8082),
            "aggregation-service", Integer.getInteger("nq57.port.aggregation", 8083),
            "notification-service", Integer.getInteger("nq57.port.notification", 8084),
            "gateway", Integer.getInteger("nq57.port.gateway", 8080));

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
            SERVICES.forEach((service, port) -> {
                if (command.contains("/" + service + "/") && command.contains("-Dquarkus.http.port=" + port + " ")) {
                    found.put(service, rssKiB(process) / 1024);
                }
            });
        } catch (IOException | RuntimeException e) {
            // the process ended while we looked
        }
    }

    private static long rssKiB(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // the process ended while we looked
        }
        return 0;
    }
}
