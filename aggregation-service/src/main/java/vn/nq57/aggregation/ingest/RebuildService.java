package vn.nq57.aggregation.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.nq57.contracts.events.Topics;

/**
 * Throws the read models away and replays the four topics from their first offset up to the end
 * offsets seen when the rebuild starts. Events the live consumers apply meanwhile are deduplicated
 * by id, and revisions make the order irrelevant, so the result equals the live one.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    static final List<String> TOPICS = List.of(Topics.UNITS, Topics.PLANS, Topics.ROUNDS, Topics.REPORTS);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Projector projector;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public synchronized RebuildResult rebuild() {
        truncate();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "aggregation-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (!reached(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    read++;
                    outcomes.merge(projector.apply(record.topic(), record.value()), 1, Integer::sum);
                }
            }
        }
        LOG.infof("Rebuilt the read models from %d events: %s", read, outcomes);
        return new RebuildResult(read, outcomes.getOrDefault(Outcome.APPLIED, 0),
                outcomes.getOrDefault(Outcome.STALE, 0), outcomes.getOrDefault(Outcome.DUPLICATE, 0),
                outcomes.getOrDefault(Outcome.SKIPPED, 0) + outcomes.getOrDefault(Outcome.MALFORMED, 0));
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void truncate() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE processed_event, unit_view, plan_view, round_view, report_view");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the read models", e);
        }
    }
}
