package vn.nq57.contracts.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A W3C trace context (<a href="https://www.w3.org/TR/trace-context/">traceparent and tracestate</a>)
 * as an outbox entry keeps it and an event carries it: the CloudEvents distributed-tracing extension
 * attributes in the envelope and the {@code traceparent}/{@code tracestate} Kafka headers, which the
 * consumers' OpenTelemetry instrumentation continues.
 */
public record TraceContext(String traceparent, String tracestate) {

    /** The Kafka header (and CloudEvents attribute) names. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** No trace: the event was written outside a traced request (a scheduler, demo data, tracing off). */
    public static final TraceContext NONE = new TraceContext(null, null);

    /** Version 00, a non-zero trace id and span id, the flags (W3C Trace Context level 1, lower-case hex). */
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    /** Bounds a stored tracestate; the W3C limit is 32 members of at most 256 characters each. */
    private static final int MAX_TRACESTATE = 512;

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /**
     * A trace context as received; a malformed or missing traceparent gives {@link #NONE}, and an
     * over-long or blank tracestate is dropped (the trace still continues).
     */
    public static TraceContext of(String traceparent, String tracestate) {
        if (traceparent == null || !TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            return NONE;
        }
        boolean keepState = tracestate != null && !tracestate.isBlank() && tracestate.length() <= MAX_TRACESTATE;
        return new TraceContext(traceparent, keepState ? tracestate : null);
    }

    /** The context of the span current on this thread (the request being served), {@link #NONE} when untraced. */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** The trace context of a span's context, {@link #NONE} when it has no valid span. */
    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    public boolean isPresent() {
        return traceparent != null;
    }

    /** The 32-hex-digit trace id, the one operators search logs and the trace backend for; null without a trace. */
    public String traceId() {
        return isPresent() ? traceparent.substring(3, 35) : null;
    }

    /**
     * An OpenTelemetry context whose (remote) parent span is this one, so that a span started under it
     * joins the trace; the root context when there is no trace.
     */
    public Context asParent() {
        if (!isPresent()) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP_GETTER);
    }

    /** The headers to send: {@code traceparent}, and {@code tracestate} when there is one; empty without a trace. */
    public List<Map.Entry<String, String>> headers() {
        if (!isPresent()) {
            return List.of();
        }
        return tracestate == null ? List.of(Map.entry(TRACEPARENT, traceparent))
                : List.of(Map.entry(TRACEPARENT, traceparent), Map.entry(TRACESTATE, tracestate));
    }
}
