package vn.nq57.submission.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.EventEnvelope;
import vn.nq57.submission.support.MongoCollections;

/**
 * Publishes pending outbox events: sends each one, waits for the broker's acknowledgement, then
 * pulls it from its document. A crash between the two publishes it again; consumers deduplicate
 * by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    MongoCollections collections;

    @Inject
    @Channel("events-out")
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry registry;

    @Scheduled(every = "${nq57.outbox.interval:1s}", delayed = "${nq57.outbox.delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        relay(collections.rounds());
        relay(collections.reports());
    }

    private void relay(MongoCollection<Document> collection) {
        for (Document aggregate : collection.find(Filters.exists(OutboxEvents.FIELD + ".0"))) {
            List<Document> pending = aggregate.getList(OutboxEvents.FIELD, Document.class);
            for (Document event : pending) {
                try {
                    publish(event);
                } catch (RuntimeException e) {
                    LOG.warnf("Outbox event %s not published yet: %s", event.getString("id"), e.getMessage());
                    return;
                }
                collection.updateOne(Filters.eq("_id", aggregate.get("_id")),
                        Updates.pull(OutboxEvents.FIELD, new Document("id", event.getString("id"))));
                Counter.builder("nq57_submission_events_published_total").tag("topic", event.getString("topic"))
                        .register(registry).increment();
            }
        }
    }

    private void publish(Document event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.getString("topic"))
                .withKey(event.getString("key"))
                .withHeaders(headers)
                .build();
        emitter.sendMessageAndAwait(Message.of(event.getString("event")).addMetadata(metadata));
    }
}
