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
import java.util.function.Supplier;
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
     * Reminders go out at a time of day (08:00 in production). The suite sets that time to the moment
     * notification-service is launched: when the journey opens its reminder round (due tomorrow),
     * the day-before reminder's time of day has just passed, and notification-service catches up a
     * reminder due earlier the same day at its next dispatch (every {@link #DISPATCH_EVERY} here) instead of skipping
     * it, so the real reminder email goes out seconds after the round opens; nothing waits for a
     * wall-clock time.
     */
    /** How often notification-service sends what is due (every 30 s in production). */
    static final Duration DISPATCH_EVERY = Duration.ofSeconds(2);

    private static PlatformEndpoints endpoints;
    private static LocalPlatform platform;
    private static ZonedDateTime reminderAt;
    private static PlatformPorts ports;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("nq57-platform", key -> start(), Running.class);
        RestAssured.baseURI = endpoints.gatewayUrl();
    }

    static PlatformEndpoints endpoints() {
        return endpoints;
    }

    /** The running platform, for suites that stop, kill and restart its parts. */
    static LocalPlatform platform() {
        return platform;
    }

    /** A service's own address (without the gateway), by its module name. */
    static String serviceUrl(String module) {
        int port = switch (module) {
            case "plan-service" -> ports.plan();
            case "submission-service" -> ports.submission();
            case "aggregation-service" -> ports.aggregation();
            case "notification-service" -> ports.notification();
            case "gateway" -> ports.gateway();
            default -> throw new IllegalArgumentException("No service " + module);
        };
        return "http://localhost:" + port;
    }

    /** When the platform under test sends reminders (Asia/Ho_Chi_Minh), to the second. */
    static ZonedDateTime reminderAt() {
        return reminderAt;
    }

    private static Running start() {
        Path repo = Path.of(System.getProperty("nq57.repo.root", "..")).toAbsolutePath().normalize();
        Map<String, Supplier<Map<String, String>>> overrides = Map.of("notification-service", () -> {
            reminderAt = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.SECONDS);
            return Map.of(
                    "notification.reminders.time-of-day", reminderAt.format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                    "notification.dispatch.every", DISPATCH_EVERY.toSeconds() + "s",
                    // the journey moves its deadline 5 minutes into the past: its overdue notice is due at once
                    "notification.reminders.overdue-grace", "PT2M",
                    // the journey's webhook receiver listens on loopback, which the SSRF guard refuses by default
                    "nq57.webhooks.allowed-hosts", "127.0.0.1,localhost");
        }, "submission-service", () -> withFastFailover(Map.of(
                // A request in flight when the fault suite SIGKILLs submission-service leaves its
                // Idempotency-Key claimed; its retries answer 409 until the lease (60 s in production)
                // runs out. Requests here take milliseconds: a short lease lets the retries through sooner.
                "nq57.idempotency.lease-seconds", "15")),
                "aggregation-service", () -> withFastFailover(Map.of()),
                "gateway", () -> Map.of(
                // The suites act as a few users sending thousands of requests within minutes (the
                // authorization matrix, the malformed-input catalogue); the per-user limiter itself is
                // proven in the gateway's EdgePolicyTest.
                "nq57.gateway.rate-limit.capacity", "100000",
                "nq57.gateway.rate-limit.refill-per-second", "10000"));
        ports = PlatformPorts.random();
        PlatformOptions options = new PlatformOptions(repo, tempDir(), true, ports, overrides).withServicesBesideKeycloak();
        platform = LocalPlatform.start(options, System.out);
        endpoints = platform.endpoints();
        return new Running(platform);
    }

    /**
     * The consumer group of a SIGKILLed service keeps the dead member's partitions until its Kafka
     * session times out (45 s by default): the fault suite's replay then waits for it. A 10 s session
     * (heartbeat every 3 s) hands them to the restarted service sooner.
     */
    private static Map<String, String> withFastFailover(Map<String, String> props) {
        Map<String, String> all = new java.util.HashMap<>(props);
        all.put("kafka.session.timeout.ms", "10000");
        all.put("kafka.heartbeat.interval.ms", "3000");
        return all;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("nq57-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the platform when JUnit closes the root store (JUnit closes AutoCloseable values). */
    record Running(LocalPlatform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }
}
