package vn.nq57.gateway.ratelimit;

/** A token bucket: {@code capacity} tokens, refilled continuously at {@code refillPerSecond}. */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one token if there is one. Answers 0 when taken, else the nanoseconds until a token
     * will be available.
     */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1d) {
            tokens -= 1d;
            return 0;
        }
        return (long) Math.ceil((1d - tokens) / refillPerNano);
    }

    /** Whether the bucket is full again, i.e. forgetting it changes nothing for its client. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
            updatedAt = now;
        }
    }
}
