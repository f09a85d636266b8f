package vn.nq57.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency histograms (microseconds) and error counts per operation. */
final class Stats {

    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();

    void record(String operation, long startNanos, Http.Reply reply) {
        histogram(operation).recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1_000));
        if (reply != null && !reply.ok()) {
            error(operation, reply.status() + " " + Http.abbreviate(reply.body()));
        }
    }

    void recordMicros(String operation, long micros) {
        histogram(operation).recordValue(Math.max(1, micros));
    }

    void error(String operation, String what) {
        errors.computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(operation, what);
    }

    Histogram histogram(String operation) {
        return latencies.computeIfAbsent(operation, o -> new ConcurrentHistogram(3_600_000_000L, 3));
    }

    long errors(String operation) {
        AtomicLong count = errors.get(operation);
        return count == null ? 0 : count.get();
    }

    long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Histogram> all() {
        return new TreeMap<>(latencies);
    }

    Map<String, String> firstErrors() {
        return new TreeMap<>(firstError);
    }
}
