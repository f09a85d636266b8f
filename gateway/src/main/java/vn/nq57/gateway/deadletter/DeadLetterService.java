package vn.nq57.gateway.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.gateway.GatewayConfig;

/**
 * Dead letters for operators (thư lỗi): lists what the consumers parked and replays a record to its
 * original topic once the cause is fixed. Consumers dedupe by event id, so a group that had applied
 * the event ignores the replay.
 */
@ApplicationScoped
public class DeadLetterService {

    /** SmallRye's dead-letter-queue strategy names its own headers with this prefix. */
    static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    /** Added to a replayed record: the id of the parked record it came from. */
    public static final String REPLAY_OF_HEADER = "nq57-replay-of";

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DeadLetterStore store;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;
    private final GatewayConfig.DeadLetters config;

    public DeadLetterService(DeadLetterStore store, ObjectMapper mapper, MeterRegistry metrics, GatewayConfig config) {
        this.store = store;
        this.mapper = mapper;
        this.metrics = metrics;
        this.config = config.deadLetters();
    }

    /** @param topic an event topic or its {@code .dlq}, null for all */
    public ParkedPage list(String topic, long offset, int limit) {
        if (limit < 1 || limit > config.maxLimit()) {
            throw ProblemException.invalid("limit", "must be between 1 and " + config.maxLimit());
        }
        if (offset < 0) {
            throw ProblemException.invalid("offset", "must not be negative");
        }
        List<String> topics = topic == null || topic.isBlank() ? DeadLetterTopics.ALL
                : List.of(DeadLetterTopics.resolve(topic.strip()).orElseThrow(() -> ProblemException.invalid("topic",
                        "must be one of " + DeadLetterTopics.ALL + " or their event topics")));
        DeadLetterStore.Slice slice = store.read(topics, offset, limit);
        return new ParkedPage(slice.total(), offset, limit, topics,
                slice.records().stream().map(this::describe).toList());
    }

    /** Re-publishes the parked record {@code id} to its original topic; {@code operator} is logged. */
    public ReplayReceipt replay(String id, String operator) {
        ParkedRecordId where = ParkedRecordId.parse(id)
                .orElseThrow(() -> ProblemException.notFound("Parked record " + id));
        ConsumerRecord<byte[], byte[]> parked = store.find(where)
                .orElseThrow(() -> ProblemException.notFound("Parked record " + id));
        // The original topic follows from the dead-letter topic, never from a header a producer could forge.
        String topic = DeadLetterTopics.originalOf(where.dlqTopic());
        Headers headers = new RecordHeaders();
        List<String> names = new ArrayList<>();
        for (Header header : parked.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX) && !header.key().equals(REPLAY_OF_HEADER)) {
                headers.add(header);
                names.add(header.key());
            }
        }
        headers.add(REPLAY_OF_HEADER, where.toString().getBytes(StandardCharsets.UTF_8));
        names.add(REPLAY_OF_HEADER);
        RecordMetadata sent = store.publish(new ProducerRecord<>(topic, null, parked.key(), parked.value(), headers));
        metrics.counter("nq57.dead.letters.replayed", "topic", topic).increment();
        JsonNode event = event(parked.value());
        String eventId = text(event, "id");
        LOG.infof("Parked record %s (event %s) replayed to %s-%d@%d by %s", where, eventId, topic,
                sent.partition(), sent.offset(), operator);
        return new ReplayReceipt(where.toString(), topic, sent.partition(), sent.offset(), utf8(parked.key()),
                eventId, names);
    }

    private ParkedRecord describe(ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        JsonNode event = event(value);
        int previewLength = Math.min(value.length, config.previewBytes());
        return new ParkedRecord(
                ParkedRecordId.of(record.topic(), record.partition(), record.offset()).toString(),
                record.topic(),
                headerOr(record, "dead-letter-topic", DeadLetterTopics.originalOf(record.topic())),
                integer(headerOr(record, "dead-letter-partition", null)),
                longValue(headerOr(record, "dead-letter-offset", null)),
                utf8(record.key()),
                headerOr(record, "dead-letter-reason", null),
                headerOr(record, "dead-letter-cause", null),
                text(event, "id"),
                text(event, "type"),
                text(event, "subject"),
                record.timestamp() < 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZONE),
                value.length,
                new String(value, 0, previewLength, StandardCharsets.UTF_8),
                previewLength < value.length);
    }

    /** The value as a JSON object when it is one (a CloudEvent in structured mode), else null. */
    private JsonNode event(byte[] value) {
        if (value == null || value.length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode event, String field) {
        return event != null && event.path(field).isTextual() ? event.path(field).asText() : null;
    }

    private static String headerOr(ConsumerRecord<byte[], byte[]> record, String name, String fallback) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
