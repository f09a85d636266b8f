package vn.nq57.testinfra;

/**
 * Trace contexts a test sends as a caller would. Every {@code @QuarkusTest} runs with the
 * OpenTelemetry SDK on and its sampler {@code always_off} (the parent pom's surefire system
 * properties): spans are created and propagated with real trace and span ids but never sampled, so
 * nothing is exported and no collector is needed, and no test class needs a profile of its own
 * (each profile costs a second augmentation and application start per module).
 */
public final class TestTraces {

    private TestTraces() {
    }

    /** A caller's W3C traceparent, sampled: {@code 00-<trace id>-<span id>-01}. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    /** A fresh random trace id (32 lower-case hex digits). */
    public static String newTraceId() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
