package vn.nq57.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.nq57.gateway.GatewayConfig;

/**
 * Per-client token buckets (hạn mức truy cập). A client is the token's application ({@code azp})
 * plus its subject, or the remote address for anonymous calls; quotas may differ per application.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /** Answers 0 when the call may go ahead, else the whole seconds to wait (at least 1). */
    public long acquire(ClientKey client) {
        if (!config.enabled()) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() >= config.maxTrackedClients()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(client.id(), id -> newBucket(client, now));
        long waitNanos = bucket.take(now);
        if (waitNanos == 0) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
    }

    private TokenBucket newBucket(ClientKey client, long now) {
        GatewayConfig.Quota quota = client.application() == null ? null : config.clients().get(client.application());
        return quota != null
                ? new TokenBucket(quota.capacity(), quota.refillPerSecond(), now)
                : new TokenBucket(config.capacity(), config.refillPerSecond(), now);
    }
}
