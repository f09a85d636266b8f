package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.contracts.events.Topics;

/** The topic layout of docs/event-catalogue.md, as Strimzi KafkaTopic resources. */
class KafkaTopicsTest {

    static final Set<String> SNAPSHOT_TOPICS = Set.of(Topics.UNITS, Topics.PLANS);
    static final Set<String> REPLAYED_TOPICS = Set.of(Topics.ROUNDS, Topics.REPORTS);
    static final List<String> EVENT_TOPICS = List.of(Topics.PLANS, Topics.REPORTS, Topics.ROUNDS, Topics.UNITS);

    /** Services that scale with what they consume, not with HTTP traffic. */
    private static final List<String> PURE_CONSUMERS = List.of("aggregation-service", "notification-service");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheContractsIsDeclaredOnce(String overlay) {
        List<JsonNode> topics = Manifests.ofKind(overlay, "KafkaTopic");
        List<String> names = topics.stream().map(t -> t.at("/spec/topicName").asText()).sorted().collect(Collectors.toList());
        List<String> expected = new java.util.ArrayList<>(EVENT_TOPICS);
        EVENT_TOPICS.stream().map(Topics::deadLetter).forEach(expected::add);
        assertEquals(expected.stream().sorted().collect(Collectors.toList()), names,
                "every event topic and its dead-letter topic");
        for (JsonNode topic : topics) {
            assertEquals(topic.at("/spec/topicName").asText(), topic.at("/metadata/name").asText(), "resource name = topic name");
            assertEquals("nq57-kafka", topic.at("/metadata/labels").path("strimzi.io/cluster").asText(), "Kafka cluster label");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void snapshotTopicsAreCompactedAndHistoryTopicsAreKeptForever(String overlay) {
        for (JsonNode topic : Manifests.ofKind(overlay, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            JsonNode config = topic.at("/spec/config");
            if (name.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                assertEquals("delete", config.path("cleanup.policy").asText(),
                        name + ": one key may be parked more than once, compaction would drop records");
                assertEquals(-1L, config.path("retention.ms").asLong(0),
                        name + " keeps parked records until an operator has replayed them");
            } else if (SNAPSHOT_TOPICS.contains(name)) {
                assertEquals("compact", config.path("cleanup.policy").asText(),
                        name + " carries full snapshots keyed by aggregate id: the latest per key is enough");
            } else {
                assertTrue(REPLAYED_TOPICS.contains(name), name);
                assertEquals("delete", config.path("cleanup.policy").asText(),
                        name + " must keep every transition, compaction would drop history");
                assertEquals(-1L, config.path("retention.ms").asLong(0),
                        name + " must be replayable from the beginning (aggregation rebuild): retention.ms=-1");
                assertEquals(-1L, config.path("retention.bytes").asLong(0), name + " must not be trimmed by size");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void replicationMatchesTheEnvironment(String overlay) {
        int expectedReplicas = "prod".equals(overlay) ? 3 : 1;
        for (JsonNode topic : Manifests.ofKind(overlay, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            int replicas = topic.at("/spec/replicas").asInt();
            int minInsync = topic.at("/spec/config").path("min.insync.replicas").asInt();
            assertEquals(expectedReplicas, replicas, overlay + " " + name + " replicas");
            assertTrue(minInsync <= replicas, name + " min.insync.replicas above replicas blocks every write");
            if ("prod".equals(overlay)) {
                assertTrue(minInsync >= 2 && minInsync < replicas, name + " prod tolerates one broker down without losing acks");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void consumersNeverScaleBeyondThePartitions(String overlay) {
        int partitions = Manifests.ofKind(overlay, "KafkaTopic").stream()
                .mapToInt(t -> t.at("/spec/partitions").asInt())
                .min().orElseThrow();
        assertTrue(partitions >= 3, "at least 3 partitions per topic (docs/event-catalogue.md)");
        for (String consumer : PURE_CONSUMERS) {
            HorizontalPodAutoscaler hpa = Manifests.named(overlay, HorizontalPodAutoscaler.class, consumer);
            assertTrue(hpa.getSpec().getMaxReplicas() <= partitions,
                    consumer + " scales to " + hpa.getSpec().getMaxReplicas() + " replicas but only " + partitions
                            + " partitions exist: the extra consumers would idle");
        }
    }
}
