package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Secrets are referenced, never committed with real values. */
class SecretsTest {

    private static final Pattern CREDENTIAL_KEY = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY).*");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[a-z+]+://[^/\\s:@]+:[^/\\s@]+@.*");

    @Test
    void prodCommitsNoSecret() {
        assertEquals(List.of(), Manifests.typed("prod", Secret.class).stream()
                .map(secret -> secret.getMetadata().getName()).collect(Collectors.toList()),
                "prod must reference Secrets created out of band, not render them");
        List<String> offending = new ArrayList<>();
        for (Path file : yamlFiles("deploy/k8s/base", "deploy/k8s/overlays/prod")) {
            String text = read(file);
            if (text.contains("secretGenerator") || Pattern.compile("(?m)^kind:\\s*Secret\\s*$").matcher(text).find()) {
                offending.add(Repo.root().relativize(file).toString());
            }
        }
        assertEquals(List.of(), offending, "files that would commit a Secret for prod");
    }

    @Test
    void prodConfigMapsCarryNoCredentials() {
        for (ConfigMap configMap : Manifests.typed("prod", ConfigMap.class)) {
            for (Map.Entry<String, String> entry : configMap.getData().entrySet()) {
                String where = configMap.getMetadata().getName() + "/" + entry.getKey();
                assertFalse(CREDENTIAL_KEY.matcher(entry.getKey()).matches(), where + " belongs in a Secret");
                assertFalse(URL_WITH_PASSWORD.matcher(entry.getValue()).matches(), where + " embeds a password in a URL");
            }
        }
    }

    @Test
    void prodSecretsAreDocumentedForTheOperator() {
        List<String> problems = new ArrayList<>();
        for (SecretKeySelector reference : secretKeyReferences("prod")) {
            problemWithSecretKey("prod", reference.getName(), reference.getKey()).ifPresent(problems::add);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void devSecretsExistAndHoldObviouslyDevValuesOnly() {
        List<Secret> secrets = Manifests.typed("dev", Secret.class);
        assertFalse(secrets.isEmpty(), "the dev overlay generates its Secrets");
        for (Secret secret : secrets) {
            for (Map.Entry<String, String> entry : secret.getData().entrySet()) {
                String value = new String(Base64.getMimeDecoder().decode(entry.getValue()), StandardCharsets.UTF_8);
                String where = secret.getMetadata().getName() + "/" + entry.getKey();
                boolean isSecretValue = entry.getKey().contains("password") || entry.getKey().contains("connection");
                assertTrue(!isSecretValue || value.contains("dev-only"), where + " must be an obviously-dev value (contain 'dev-only')");
            }
        }
        List<String> problems = new ArrayList<>();
        for (SecretKeySelector reference : secretKeyReferences("dev")) {
            if (!Boolean.TRUE.equals(reference.getOptional())) {
                problemWithSecretKey("dev", reference.getName(), reference.getKey()).ifPresent(problems::add);
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Why a reference to Secret key {@code name}/{@code key} would not work in {@code overlay}, or
     * empty when it does: dev renders the Secret; prod documents it for the operator to create.
     */
    static Optional<String> problemWithSecretKey(String overlay, String name, String key) {
        if ("prod".equals(overlay)) {
            String operations = Repo.read("docs/operations.md");
            boolean documented = operations.contains("`" + name + "`") && operations.contains("`" + key + "`");
            return documented ? Optional.empty()
                    : Optional.of("refers to Secret " + name + "/" + key + ", which docs/operations.md does not describe");
        }
        return Manifests.typed(overlay, Secret.class).stream()
                .filter(secret -> name.equals(secret.getMetadata().getName()))
                .map(secret -> secret.getData() == null ? null : secret.getData().get(key))
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .map(value -> Optional.<String>empty())
                .orElse(Optional.of("refers to a Secret key " + name + "/" + key + " that " + overlay + " does not render"));
    }

    private static List<SecretKeySelector> secretKeyReferences(String overlay) {
        List<SecretKeySelector> references = new ArrayList<>();
        for (Deployment deployment : Manifests.typed(overlay, Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        references.add(env.getValueFrom().getSecretKeyRef());
                    }
                }
                assertTrue(container.getEnvFrom() == null || container.getEnvFrom().stream().allMatch(e -> e.getSecretRef() == null),
                        deployment.getMetadata().getName() + ": Secrets are referenced key by key, not with envFrom");
            }
        }
        return references;
    }

    private static List<Path> yamlFiles(String... directories) {
        List<Path> files = new ArrayList<>();
        for (String directory : directories) {
            try (Stream<Path> walk = Files.walk(Repo.file(directory))) {
                walk.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
