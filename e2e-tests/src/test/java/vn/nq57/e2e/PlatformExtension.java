package vn.nq57.e2e;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.nq57.devstack.LocalPlatform;
import vn.nq57.devstack.PlatformEndpoints;
import vn.nq57.devstack.PlatformOptions;
import vn.nq57.devstack.PlatformPorts;

/**
 * Starts the same local platform as {@code ./platform.sh} — real Keycloak, every service, the
 * gateway — once per test JVM, on free ports and fresh data, and stops it when the JVM's tests end.
 */
public class PlatformExtension implements BeforeAllCallback {

    private static PlatformEndpoints endpoints;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("nq57-platform", key -> start(), Running.class);
        RestAssured.baseURI = endpoints.gatewayUrl();
    }

    static PlatformEndpoints endpoints() {
        return endpoints;
    }

    private static Running start() {
        Path repo = Path.of(System.getProperty("nq57.repo.root", "..")).toAbsolutePath().normalize();
        PlatformOptions options = new PlatformOptions(repo, tempDir(), true, PlatformPorts.random());
        LocalPlatform platform = LocalPlatform.start(options, System.out);
        endpoints = platform.endpoints();
        return new Running(platform);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("nq57-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the platform when JUnit closes the root store. */
    record Running(LocalPlatform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.close();
        }
    }
}
