package vn.nq57.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.EventCodec;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.contracts.events.EventSources;
import vn.nq57.contracts.events.EventType;
import vn.nq57.contracts.events.TraceContext;
import vn.nq57.contracts.events.UnitSnapshot;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void theCurrentSpanBecomesTheTraceContextToStore() {
        SpanContext span = SpanContext.createFromRemoteParent(TRACE_ID, "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.builder().put("nq57", "gw").build());
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent()) {
            TraceContext current = TraceContext.current();
            assertEquals(PARENT, current.traceparent());
            assertEquals("nq57=gw", current.tracestate());
            assertEquals(TRACE_ID, current.traceId());
        }
        assertFalse(TraceContext.current().isPresent(), "no span, no trace context");
    }

    @Test
    void aStoredContextContinuesAsTheParentOfTheNextSpan() {
        SpanContext parent = Span.fromContext(TraceContext.of(PARENT, "nq57=gw").asParent()).getSpanContext();
        assertTrue(parent.isRemote());
        assertEquals(TRACE_ID, parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertEquals("gw", parent.getTraceState().get("nq57"));
        assertEquals(List.of(Map.entry("traceparent", PARENT), Map.entry("tracestate", "nq57=gw")),
                TraceContext.of(PARENT, "nq57=gw").headers());
    }

    @Test
    void malformedContextIsDroppedNotStored() {
        assertEquals(TraceContext.NONE, TraceContext.of("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", null));
        assertEquals(TraceContext.NONE, TraceContext.of("trace-1", "a=b"));
        assertEquals(TraceContext.NONE, TraceContext.of(PARENT.toUpperCase(), null));
        assertNull(TraceContext.of(PARENT, "x".repeat(600)).tracestate(), "an over-long tracestate is dropped");
        assertEquals(List.of(), TraceContext.NONE.headers());
        assertFalse(Span.fromContext(TraceContext.NONE.asParent()).getSpanContext().isValid());
    }

    @Test
    void theEnvelopeCarriesTheDistributedTracingExtension() {
        EventEnvelope event = EventCodec.wrap(EventType.UNIT_UPSERTED, EventSources.PLAN_SERVICE, "11446",
                EventContractTest.phuLien(),
                OffsetDateTime.of(2026, 5, 4, 9, 0, 0, 0, ZoneOffset.UTC));
        assertFalse(EventCodec.encode(event).contains("traceparent"), "no trace, no attribute");

        String encoded = EventCodec.encode(event.withTrace(TraceContext.of(PARENT, "nq57=gw")));
        assertTrue(encoded.contains("\"traceparent\":\"" + PARENT + "\""), encoded);
        EventEnvelope decoded = EventCodec.decode(encoded);
        assertEquals(TRACE_ID, decoded.trace().traceId());
        assertEquals("nq57=gw", decoded.trace().tracestate());
        assertEquals(EventContractTest.phuLien(), EventCodec.data(decoded, UnitSnapshot.class));
    }
}
