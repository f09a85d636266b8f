package vn.nq57.apicontract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.nq57.gateway.GatewayConfig;
import vn.nq57.gateway.openapi.OpenApiMerger;

/**
 * Writes the platform's merged OpenAPI document from the services' build-time documents, with the
 * gateway's own {@link OpenApiMerger}: the same document {@code /api/openapi.json} serves, without
 * starting anything. A missing service document fails the build (the merger would leave it out).
 *
 * <p>Arguments: the output file, then {@code <service>=<path to its openapi.json>} per service.
 */
public final class PlatformDocument {

    private PlatformDocument() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: <output.json> <service>=<openapi.json>...");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sources.add(read(mapper, args[i]));
        }
        ObjectNode merged = new OpenApiMerger(mapper, new Defaults()).merge(sources);
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        mapper.writeValue(output.toFile(), merged);
    }

    private static OpenApiMerger.Source read(ObjectMapper mapper, String argument) throws IOException {
        int equals = argument.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("expected <service>=<path>, got " + argument);
        }
        String service = argument.substring(0, equals);
        Path path = Path.of(argument.substring(equals + 1));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("No OpenAPI document of " + service + " at " + path
                    + ": build the services first (./mvnw -pl api-contract -am verify)");
        }
        return new OpenApiMerger.Source(service, mapper.readTree(path.toFile()), null);
    }

    /** The gateway's configuration defaults (application.properties without environment overrides). */
    static final class Defaults implements GatewayConfig.OpenApi {
        @Override
        public Duration cacheTtl() {
            return Duration.ofSeconds(30);
        }

        @Override
        public String keycloakUrl() {
            return "http://localhost:8180";
        }

        @Override
        public String realm() {
            return "nq57";
        }

        @Override
        public String clientId() {
            return "nq57-web";
        }

        @Override
        public String title() {
            return "NQ57 Reporting Platform API";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public Duration fetchTimeout() {
            return Duration.ofSeconds(3);
        }

        @Override
        public Optional<String> serverUrl() {
            return Optional.empty();
        }

        @Override
        public String contactName() {
            return "NQ57 Reporting Platform team";
        }

        @Override
        public Optional<String> contactUrl() {
            return Optional.empty();
        }

        @Override
        public Optional<String> contactEmail() {
            return Optional.empty();
        }

        @Override
        public String licenseName() {
            return "Proprietary: for the city's e-government platform and its units only";
        }

        @Override
        public Optional<String> licenseUrl() {
            return Optional.empty();
        }

        @Override
        public String licenseIdentifier() {
            return "LicenseRef-NQ57-Proprietary";
        }
    }
}
