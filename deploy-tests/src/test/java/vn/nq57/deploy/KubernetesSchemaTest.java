package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rendered object is a valid Kubernetes object of a kind the platform means to use. */
class KubernetesSchemaTest {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectMatchesItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode node : Manifests.render(overlay)) {
            String apiKind = KubernetesSchema.apiKind(node);
            if (KubernetesSchema.BUILT_IN.containsKey(apiKind)) {
                try {
                    KubernetesSchema.parse(node);
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
            } else if (KubernetesSchema.CUSTOM.containsKey(apiKind)) {
                KubernetesSchema.validateCustom(node)
                        .forEach(error -> problems.add(KubernetesSchema.describe(node) + ": " + error));
            } else {
                problems.add("unexpected kind " + apiKind + " (" + KubernetesSchema.describe(node) + ")");
            }
        }
        assertEquals(List.of(), problems, overlay + " renders invalid objects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsNamespacedAndWellNamed(String overlay) {
        String namespace = "dev".equals(overlay) ? "nq57-dev" : "nq57";
        for (JsonNode node : Manifests.render(overlay)) {
            JsonNode metadata = node.path("metadata");
            String name = metadata.path("name").asText();
            assertTrue(DNS_SUBDOMAIN.matcher(name).matches() && name.length() <= 253,
                    "not a DNS-1123 subdomain: " + KubernetesSchema.describe(node));
            assertEquals(namespace, metadata.path("namespace").asText(), KubernetesSchema.describe(node));
            metadata.path("labels").properties().forEach(label -> assertTrue(
                    LABEL_VALUE.matcher(label.getValue().asText()).matches() && label.getValue().asText().length() <= 63,
                    "invalid label value " + label + " on " + KubernetesSchema.describe(node)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersTheExpectedObjectsPerService(String overlay) {
        Map<String, Integer> counts = new TreeMap<>();
        Manifests.render(overlay).forEach(node -> counts.merge(node.path("kind").asText(), 1, Integer::sum));
        int services = Repo.SERVICES.size();
        assertEquals(services, counts.get("Deployment"), "Deployments " + counts);
        assertEquals(services, counts.get("Service"), "Services " + counts);
        assertEquals(services, counts.get("HorizontalPodAutoscaler"), "HPAs " + counts);
        assertEquals(services, counts.get("PodDisruptionBudget"), "PDBs " + counts);
        assertEquals(1, counts.get("Ingress"), "Ingresses " + counts);
        assertEquals(8, counts.get("KafkaTopic"), "KafkaTopics (4 event topics and their .dlq) " + counts);
        assertEquals(1, counts.get("ServiceMonitor"), "ServiceMonitors " + counts);
    }

    @Test
    void strictParsingRejectsAMisspelledField() {
        ObjectNode deployment = firstOf("Deployment").deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));

        AssertionError error = assertThrows(AssertionError.class, () -> KubernetesSchema.parse(deployment));
        assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
    }

    @Test
    void strictParsingRejectsAWronglyTypedField() {
        ObjectNode deployment = firstOf("Deployment").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replicas", "two");

        AssertionError error = assertThrows(AssertionError.class, () -> KubernetesSchema.parse(deployment));
        assertTrue(error.getMessage().contains("does not match the Kubernetes schema"), error.getMessage());
    }

    @Test
    void customResourceSchemasRejectMissingAndUnknownFields() {
        ObjectNode topic = firstOf("KafkaTopic").deepCopy();
        assertEquals(List.of(), KubernetesSchema.validateCustom(topic));
        ((ObjectNode) topic.get("spec")).remove("partitions");
        ((ObjectNode) topic.get("spec")).put("partitons", 3);
        List<String> errors = KubernetesSchema.validateCustom(topic);
        assertFalse(errors.isEmpty(), "a KafkaTopic without partitions must be rejected");
        assertTrue(errors.stream().anyMatch(e -> e.contains("partitions")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("partitons")), errors.toString());

        ObjectNode monitor = firstOf("ServiceMonitor").deepCopy();
        assertEquals(List.of(), KubernetesSchema.validateCustom(monitor));
        ((ObjectNode) monitor.at("/spec/endpoints/0")).put("interval", "thirty seconds");
        assertFalse(KubernetesSchema.validateCustom(monitor).isEmpty(), "a malformed scrape interval must be rejected");
    }

    private static JsonNode firstOf(String kind) {
        return Manifests.ofKind("prod", kind).get(0);
    }
}
