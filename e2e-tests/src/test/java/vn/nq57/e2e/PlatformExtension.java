package vn.nq57.e2e;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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

    /**
     * Reminders go out at a time of day (08:00 in production). The suite moves that time to a few
     * minutes after the platform starts, so that a real reminder falls due while it runs; the
     * margin covers a slow start (Keycloak alone can take two minutes on a busy machine).
     */
    static final Duration REMINDER_DELAY = Duration.ofMinutes(7);

    private static PlatformEndpoints endpoints;
    private static ZonedDateTime reminderAt;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("nq57-platform", key -> start(), Running.class);
        RestAssured.baseURI = endpoints.gatewayUrl();
    }

    static PlatformEndpoints endpoints() {
        return endpoints;
    }

    /** When the platform under test sends reminders (Asia/Ho_Chi_Minh), to the minute. */
    static ZonedDateTime reminderAt() {
        return reminderAt;
    }

    private static Running start() {
        Path repo = Path.of(System.getProperty("nq57.repo.root", "..")).toAbsolutePath().normalize();
        reminderAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plus(REMINDER_DELAY)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Map<String, Map<String, String>> overrides = Map.of("notification-service", Map.of(
                "notification.reminders.time-of-day", reminderAt.format(DateTimeFormatter.ofPattern("HH:mm")),
                "notification.dispatch.every", "5s"));
        PlatformOptions options = new PlatformOptions(repo, tempDir(), true, PlatformPorts.random(), overrides);
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
    record Running(LocalPlatform platform) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }
}
