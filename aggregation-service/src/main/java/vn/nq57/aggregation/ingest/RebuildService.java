package vn.nq57.aggregation.ingest;

import vn.nq57.aggregation.round.ChangeStamps;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import vn.nq57.contracts.events.BoundedRetry;
import vn.nq57.contracts.events.Topics;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;

/**
 * Throws the read models away and replays the four topics from their first offset up to the end
 * offsets seen when the rebuild starts. Events the live consumers apply meanwhile are deduplicated
 * by id, and revisions make the order irrelevant, so the result equals the live one. A
 * PostgreSQL advisory lock lets one rebuild run at a time across every replica; a record the read
 * models refuse is skipped and reported, as the live consumers park it.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    static final int LISTED_FAILURES = 100;
    /** The advisory lock every replica's rebuild takes: "NQ57AG" in ASCII. */
    public static final long LOCK_KEY = 0x4e5135374147L;
    private static final long RETRY_PAUSE_MILLIS = 20;
    static final List<String> TOPICS = List.of(Topics.UNITS, Topics.ROUNDS, Topics.REPORTS);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Projector projector;
    @Inject
    ChangeStamps stamps;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /**
     * Rebuilds unless another rebuild holds the advisory lock, on this replica or another one.
     *
     * @throws ProblemException 409 when a rebuild is already running
     */
    public RebuildResult rebuild() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                throw new ProblemException(ProblemKind.CONFLICT,
                        "A rebuild of the read models is already running; try again when it has finished");
            }
            try {
                return replay();
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the rebuild lock", e);
        }
    }

    private static boolean advisoryLock(Connection c, String function) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + function + "(?)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private RebuildResult replay() {
        truncate();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<String> failed = new ArrayList<>();
        int failures = 0;
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
                    Outcome outcome = apply(record);
                    if (outcome == null) {
                        failures++;
                        if (failed.size() < LISTED_FAILURES) {
                            failed.add(position(record));
                        }
                    } else {
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                }
            }
        }
        LOG.infof("Rebuilt the read models from %d events: %s, %d failed %s", read, outcomes, failures, failed);
        return new RebuildResult(read, outcomes.getOrDefault(Outcome.APPLIED, 0),
                outcomes.getOrDefault(Outcome.STALE, 0), outcomes.getOrDefault(Outcome.DUPLICATE, 0),
                outcomes.getOrDefault(Outcome.SKIPPED, 0) + outcomes.getOrDefault(Outcome.MALFORMED, 0),
                failures, failed);
    }

    /** The outcome, or null when the record still fails after bounded retries (it is skipped). */
    private Outcome apply(ConsumerRecord<String, String> record) {
        Outcome[] outcome = new Outcome[1];
        try {
            BoundedRetry.run(record.topic(), position(record),
                    () -> outcome[0] = projector.apply(record.topic(), record.value()), RETRY_PAUSE_MILLIS);
            return outcome[0];
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String position(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Clears the read models and, in the same transaction, moves every province's change number on. */
    private void truncate() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.execute("TRUNCATE processed_event, unit_view, round_view, report_view, report_section_view");
                stamps.bumpAll(c);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the read models", e);
        }
    }
}
