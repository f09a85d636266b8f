package vn.nq57.contracts.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an event against its CloudEvents envelope rules and its payload's JSON Schema. Needs
 * {@code com.networknt:json-schema-validator} on the class path (tests and tools; not the services).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** The problems found, empty when the event honours its contract. */
    public static List<String> problems(EventEnvelope event) {
        List<String> envelope = envelopeProblems(event);
        if (!envelope.isEmpty()) {
            return envelope;
        }
        EventType type = event.eventType();
        return schema(type).validate(EventCodec.toJson(event.data()), InputFormat.JSON).stream()
                .map(e -> type.schemaName() + ": " + e.getMessage())
                .toList();
    }

    private static List<String> envelopeProblems(EventEnvelope event) {
        if (!EventEnvelope.SPEC_VERSION.equals(event.specversion())) {
            return List.of("specversion must be 1.0");
        }
        if (event.id() == null || event.source() == null || event.subject() == null || event.time() == null) {
            return List.of("id, source, subject and time are required");
        }
        if (EventType.fromType(event.type()).isEmpty()) {
            return List.of("unknown type " + event.type());
        }
        if (!event.eventType().dataSchema().equals(event.dataschema())) {
            return List.of("dataschema must be " + event.eventType().dataSchema());
        }
        return List.of();
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + t.schemaName())) {
                if (in == null) {
                    throw new IllegalStateException("No schema " + t.schemaName());
                }
                return REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
