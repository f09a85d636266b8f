package vn.nq57.testinfra;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Turns the OpenTelemetry SDK on for one test class (it is off in the test profile). Spans are
 * created and propagated with real trace ids but not sampled, so nothing is exported and no
 * collector is needed.
 */
public class TracingOn implements QuarkusTestProfile {

    /** A caller's W3C traceparent, sampled: {@code 00-<trace id>-<span id>-01}. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    /** A fresh random trace id (32 lower-case hex digits). */
    public static String newTraceId() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.sampler", "always_off");
    }
}
