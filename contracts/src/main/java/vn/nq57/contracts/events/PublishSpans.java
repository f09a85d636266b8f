package vn.nq57.contracts.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * The outbox relays' publish spans: one PRODUCER span per sent event, a child of the request that
 * wrote the event (a new trace when none did), named and tagged after the OpenTelemetry messaging
 * conventions. With the SDK off the tracer is a no-op whose span is the stored context itself, so
 * the record still carries the writer's trace.
 */
public final class PublishSpans {

    private PublishSpans() {
    }

    public static Span start(Tracer tracer, String topic, String key, TraceContext writer) {
        return tracer.spanBuilder("publish " + topic)
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(writer.asParent())
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.kafka.message.key", key)
                .startSpan();
    }

    /** The trace context the record carries: the publish span's, else the writer's. */
    public static TraceContext sent(Span span, TraceContext writer) {
        TraceContext own = TraceContext.of(Context.root().with(span));
        return own.isPresent() ? own : writer;
    }

    public static void end(Span span, Throwable error) {
        if (error != null) {
            span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
            span.recordException(error);
        }
        span.end();
    }
}
