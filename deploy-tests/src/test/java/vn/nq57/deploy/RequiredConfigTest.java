package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of deploy/required-config.properties is set wherever the platform runs. */
class RequiredConfigTest {

    @Test
    void everyServiceListsItsRequiredKeys() {
        Map<String, List<String>> required = Repo.requiredConfig();
        assertEquals(Repo.SERVICES.keySet(), required.keySet());
        required.forEach((service, keys) -> {
            assertFalse(keys.isEmpty(), service);
            assertTrue(keys.contains("OIDC_AUTH_SERVER_URL"), service + " validates tokens, so it needs the issuer URL");
            keys.forEach(key -> assertTrue(key.matches("[A-Z][A-Z0-9_]*"), service + ": not an environment variable name: " + key));
        });
        assertTrue(required.get("plan-service").containsAll(List.of("PLAN_DB_JDBC_URL", "PLAN_DB_REACTIVE_URL", "PLAN_DB_USER",
                "PLAN_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS")), "plan-service reads these names in its application.properties");
    }

    /**
     * A required key nobody reads is a deployment that looks configured and is not: each key must be
     * referenced as {@code ${KEY...}} in the service's application.properties, or be the
     * environment-variable form of a property defined there.
     */
    @Test
    void everyRequiredKeyIsReadByItsService() throws java.io.IOException {
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : Repo.requiredConfig().entrySet()) {
            String properties = java.nio.file.Files.readString(
                    Repo.root().resolve(entry.getKey()).resolve("src/main/resources/application.properties"));
            java.util.Set<String> read = new java.util.HashSet<>();
            java.util.regex.Matcher reference = java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(properties);
            while (reference.find()) {
                read.add(reference.group(1));
            }
            properties.lines().map(String::strip).filter(l -> !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).replaceFirst("^%[^.]+\\.", ""))
                    .map(name -> name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                    .forEach(read::add);
            entry.getValue().stream().filter(key -> !read.contains(key)).map(key -> entry.getKey() + ": " + key)
                    .forEach(unread::add);
        }
        assertEquals(List.of(), unread, "required keys that the service's configuration never reads");
    }

    @Test
    void everyRequiredKeyIsSetInDockerCompose() {
        List<String> missing = new ArrayList<>();
        Repo.requiredConfig().forEach((service, keys) -> {
            JsonNode environment = Compose.service(service).path("environment");
            for (String key : keys) {
                if (environment.path(key).asText("").isBlank()) {
                    missing.add(service + ": " + key);
                }
            }
        });
        assertEquals(List.of(), missing, "required keys without a value in docker-compose.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRequiredKeyIsSetInKubernetes(String overlay) {
        List<String> missing = new ArrayList<>();
        Repo.requiredConfig().forEach((service, keys) -> {
            Container container = Manifests.named(overlay, Deployment.class, service)
                    .getSpec().getTemplate().getSpec().getContainers().get(0);
            for (String key : keys) {
                Optional<String> problem = problemWith(overlay, container, key);
                problem.ifPresent(p -> missing.add(service + ": " + key + " " + p));
            }
        });
        assertEquals(List.of(), missing, overlay + ": required keys not set");
    }

    @Test
    void everyRequiredKeyIsDocumented() {
        String operations = Repo.read("docs/operations.md");
        Repo.requiredConfig().forEach((service, keys) -> keys.forEach(key ->
                assertTrue(operations.contains("`" + key + "`"), "docs/operations.md does not explain " + key + " (" + service + ")")));
    }

    /** Why {@code key} is not set in the container, or empty when it is. */
    private static Optional<String> problemWith(String overlay, Container container, String key) {
        for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            if (!key.equals(env.getName())) {
                continue;
            }
            if (env.getValue() != null) {
                return env.getValue().isBlank() ? Optional.of("is empty") : Optional.empty();
            }
            ConfigMapKeySelector configMapKey = env.getValueFrom().getConfigMapKeyRef();
            if (configMapKey != null) {
                return configMapValue(overlay, configMapKey.getName(), configMapKey.getKey()).isPresent()
                        ? Optional.empty()
                        : Optional.of("refers to a missing ConfigMap key " + configMapKey.getName() + "/" + configMapKey.getKey());
            }
            SecretKeySelector secretKey = env.getValueFrom().getSecretKeyRef();
            if (secretKey != null) {
                if (Boolean.TRUE.equals(secretKey.getOptional())) {
                    return Optional.of("comes from an optional Secret key, but it is required");
                }
                return SecretsTest.problemWithSecretKey(overlay, secretKey.getName(), secretKey.getKey());
            }
            return Optional.of("has an unsupported valueFrom");
        }
        for (EnvFromSource source : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null && source.getPrefix() == null
                    && configMapValue(overlay, source.getConfigMapRef().getName(), key).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of("is set neither in env nor in a ConfigMap of envFrom");
    }

    private static Optional<String> configMapValue(String overlay, String name, String key) {
        return Manifests.typed(overlay, ConfigMap.class).stream()
                .filter(configMap -> name.equals(configMap.getMetadata().getName()))
                .map(configMap -> configMap.getData() == null ? null : configMap.getData().get(key))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }
}
