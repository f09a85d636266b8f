package vn.nq57.gateway.streams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.nq57.gateway.GatewayConfig;

/**
 * Counts the event streams (luồng sự kiện) this replica relays, per user and in all, so that one
 * user cannot hold the backend connection pool and starve every other call. Created at startup so
 * the gauge of open streams is there before the first stream.
 */
@ApplicationScoped
@Startup
public class StreamLimiter {

    private final GatewayConfig.Streams config;
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    public StreamLimiter(GatewayConfig config, MeterRegistry metrics) {
        this.config = config.streams();
        Gauge.builder("nq57.gateway.streams.open", open, AtomicInteger::get)
                .description("Event streams this replica relays now").register(metrics);
    }

    /** Whether {@code normalizedPath} is a stream, also when spelled with extra or trailing slashes. */
    public boolean isStream(String normalizedPath) {
        String path = normalizedPath.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return config.paths().contains(path);
    }

    public long retryAfterSeconds() {
        return Math.max(1, config.retryAfter().toSeconds());
    }

    /** Reserves a stream for {@code user}: a permit to release when the stream closes, or why not. */
    public Admission tryOpen(String user) {
        if (open.incrementAndGet() > config.perReplica()) {
            open.decrementAndGet();
            return new Admission(null, "This gateway replica relays its maximum of " + config.perReplica()
                    + " event streams");
        }
        AtomicBoolean admitted = new AtomicBoolean();
        perUser.compute(user, (u, count) -> {
            int current = count == null ? 0 : count;
            if (current >= config.perUser()) {
                return count;
            }
            admitted.set(true);
            return current + 1;
        });
        if (!admitted.get()) {
            open.decrementAndGet();
            return new Admission(null, "You already hold " + config.perUser()
                    + " open event streams; close one first");
        }
        return new Admission(new Permit(user), null);
    }

    public int openStreams() {
        return open.get();
    }

    /** Either a permit or the reason there is none. */
    public record Admission(Permit permit, String refusal) {
        public boolean admitted() {
            return permit != null;
        }
    }

    /** One open stream; releasing twice is harmless. */
    public final class Permit {
        private final String user;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String user) {
            this.user = user;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                perUser.computeIfPresent(user, (u, count) -> count <= 1 ? null : count - 1);
                open.decrementAndGet();
            }
        }
    }
}
