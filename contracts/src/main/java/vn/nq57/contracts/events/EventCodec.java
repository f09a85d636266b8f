package vn.nq57.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Encodes and decodes {@link EventEnvelope}s the same way in every service. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * Size budget of one encoded event (UTF-8 bytes), a quarter of Kafka's default 1 MiB record
     * limit. Services refuse a change whose event would exceed it when they accept the change.
     */
    public static final int MAX_EVENT_BYTES = 256 * 1024;

    private EventCodec() {
    }

    /** Wraps a payload in a new envelope with a fresh id. */
    public static EventEnvelope wrap(EventType type, String source, String subject, Object payload, OffsetDateTime time) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payload().getSimpleName());
        }
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type.type(), subject,
                time.withOffsetSameInstant(ZoneOffset.UTC), "application/json", type.dataSchema(),
                MAPPER.valueToTree(payload));
    }

    public static String encode(EventEnvelope envelope) {
        return toJson(envelope);
    }

    public static EventEnvelope decode(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a CloudEvents JSON event: " + e.getOriginalMessage(), e);
        }
    }

    /** The payload as the record its type declares. */
    public static <T> T data(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return MAPPER.treeToValue(envelope.data(), payloadType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + envelope.id() + " has a malformed payload", e);
        }
    }

    /** Any value as JSON, with the codec's settings. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** Whether an encoded event fits {@link #MAX_EVENT_BYTES}. */
    public static boolean withinBudget(String encoded) {
        return encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_EVENT_BYTES;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
