package vn.nq57.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Files of the repository under test, located from the module's parent directory. */
final class Repo {

    /** The services in the order of docs/architecture.md, with their HTTP ports. */
    static final Map<String, Integer> SERVICES = orderedPorts();

    static final String GATEWAY = "gateway";

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("nq57.repo.root");
        Path root = configured == null ? Path.of("..") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /** deploy/required-config.properties: service name to the environment variables it needs. */
    static Map<String, List<String>> requiredConfig() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file("deploy/required-config.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> required = new LinkedHashMap<>();
        for (String service : SERVICES.keySet()) {
            String keys = properties.getProperty(service);
            if (keys == null) {
                throw new IllegalStateException("deploy/required-config.properties lists no keys for " + service);
            }
            required.put(service, Arrays.stream(keys.split(","))
                    .map(String::trim)
                    .filter(key -> !key.isEmpty())
                    .collect(Collectors.toList()));
        }
        return required;
    }

    private static Map<String, Integer> orderedPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", 8080);
        ports.put("plan-service", 8081);
        ports.put("submission-service", 8082);
        ports.put("aggregation-service", 8083);
        ports.put("notification-service", 8084);
        return ports;
    }
}
