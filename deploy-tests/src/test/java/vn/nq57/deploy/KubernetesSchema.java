package vn.nq57.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validation of rendered objects: built-in kinds against fabric8's typed Kubernetes model,
 * custom resources (Strimzi KafkaTopic, Prometheus Operator ServiceMonitor) against small
 * hand-written JSON Schemas of the fields this project relies on.
 */
final class KubernetesSchema {

    /** The built-in kinds the platform may use, by {@code apiVersion/kind}. */
    static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    /** The custom resources the platform may use, with their schema on the test classpath. */
    static final Map<String, String> CUSTOM = Map.of(
            "kafka.strimzi.io/v1beta2/KafkaTopic", "/schemas/kafka-topic.schema.json",
            "monitoring.coreos.com/v1/ServiceMonitor", "/schemas/service-monitor.schema.json");

    /**
     * fabric8's model classes collect unknown fields in an "additionalProperties" map (a
     * {@code @JsonAnySetter}), so FAIL_ON_UNKNOWN_PROPERTIES alone never fires; {@link #parse}
     * therefore also walks the parsed object and rejects every non-empty such map.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private KubernetesSchema() {
    }

    static String apiKind(JsonNode node) {
        return node.path("apiVersion").asText() + "/" + node.path("kind").asText();
    }

    static Class<? extends HasMetadata> typeOf(JsonNode node) {
        return BUILT_IN.get(apiKind(node));
    }

    /** Parses a built-in object into its typed class; unknown or mistyped fields fail. */
    static HasMetadata parse(JsonNode node) {
        Class<? extends HasMetadata> type = typeOf(node);
        if (type == null) {
            throw new AssertionError("not a built-in kind this platform uses: " + apiKind(node));
        }
        HasMetadata object;
        try {
            object = STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(describe(node) + " does not match the Kubernetes schema: " + e.getOriginalMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(object, type.getSimpleName(), unknown);
        if (!unknown.isEmpty()) {
            throw new AssertionError(describe(node) + " has fields unknown to the Kubernetes schema: " + unknown);
        }
        return object;
    }

    /** Schema violations of a custom resource (empty when valid). */
    static List<String> validateCustom(JsonNode node) {
        String location = CUSTOM.get(apiKind(node));
        if (location == null) {
            return List.of("no schema for custom resource " + apiKind(node));
        }
        Schema schema = LOADED.computeIfAbsent(location, KubernetesSchema::load);
        List<Error> errors = schema.validate(node.toString(), InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    static String describe(JsonNode node) {
        return apiKind(node) + " " + node.path("metadata").path("name").asText();
    }

    private static Schema load(String location) {
        try (InputStream in = KubernetesSchema.class.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + location);
            }
            return SCHEMAS.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object fieldValue = read(field, value);
                if ("additionalProperties".equals(field.getName()) && fieldValue instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                } else {
                    collectUnknownFields(fieldValue, path + "." + field.getName(), unknown);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
