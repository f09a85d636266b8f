package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java renderer on small kustomizations. Expected generated names are kustomize v5.5.0's
 * output ({@code kubectl kustomize}, kubectl v1.32) for the same input.
 */
class KustomizeTest {

    private static final String LONG_VALUE = "mongodb://submission:dev-only-submission-password@nq57-mongodb-svc.nq57-data.svc:27017"
            + "/submission?replicaSet=nq57-mongodb&authSource=submission";

    @TempDir
    Path dir;

    @Test
    void generatedNamesCarryKustomizesContentHash() throws IOException {
        write("kustomization.yaml", """
                configMapGenerator:
                  - name: foo
                    literals:
                      - a=b
                secretGenerator:
                  - name: s
                    literals:
                      - a=b
                  - name: t
                    literals:
                      - b=%s
                """.formatted(LONG_VALUE));
        Map<String, JsonNode> objects = byName(Kustomize.render(dir));
        assertEquals(List.of("foo-4h2mbtbbt6", "s-k695gkmbtk", "t-md9c4h4cmt"), List.copyOf(objects.keySet()));
        assertEquals("Yg==", objects.get("s-k695gkmbtk").at("/data/a").asText());
        assertEquals("Opaque", objects.get("s-k695gkmbtk").path("type").asText());
        assertEquals("bW9uZ29kYjovL3N1Ym1pc3Npb246ZGV2LW9ubHktc3VibWlzc2lvbi1wYXNzd29yZEBucT\n"
                        + "U3LW1vbmdvZGItc3ZjLm5xNTctZGF0YS5zdmM6MjcwMTcvc3VibWlzc2lvbj9yZXBsaWNh\n"
                        + "U2V0PW5xNTctbW9uZ29kYiZhdXRoU291cmNlPXN1Ym1pc3Npb24=\n",
                objects.get("t-md9c4h4cmt").at("/data/b").asText(), "long Secret values are wrapped at 70 characters");
    }

    @Test
    void goJsonEscapesHtmlCharactersAsKustomizeHashesThem() {
        assertEquals("{\"a\":\"x \\u003cy\\u003e \\u0026 \\\"z\\\"\",\"b\":{}}", GoJson.encode(Map.of("b", Map.of(), "a", "x <y> & \"z\"")));
    }

    @Test
    void anOverlayMergesGeneratorsPatchesAndRewritesReferences() throws IOException {
        write("base/kustomization.yaml", """
                resources:
                  - deployment.yaml
                configMapGenerator:
                  - name: app-config
                    literals:
                      - HOST=base
                      - PORT=1
                """);
        write("base/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: nq57/app
                          envFrom:
                            - configMapRef:
                                name: app-config
                          env:
                            - name: A
                              value: "1"
                        - name: sidecar
                          image: nq57/sidecar:1.0
                """);
        write("overlay/kustomization.yaml", """
                namespace: team
                bases:
                  - ../base
                images:
                  - name: nq57/app
                    newName: registry.example/app
                    newTag: "2.0"
                configMapGenerator:
                  - name: app-config
                    behavior: merge
                    literals:
                      - HOST=overlay
                patchesStrategicMerge:
                  - patch.yaml
                patchesJson6902:
                  - target:
                      group: apps
                      version: v1
                      kind: Deployment
                      name: app
                    path: json-patch.yaml
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - name: B
                              value: "2"
                """);
        write("overlay/json-patch.yaml", """
                - op: replace
                  path: /spec/replicas
                  value: 1
                - op: add
                  path: /metadata/labels
                  value: {tier: backend}
                """);

        List<ObjectNode> objects = Kustomize.render(dir.resolve("overlay"));
        JsonNode deployment = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        JsonNode configMap = objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap")).findFirst().orElseThrow();

        assertEquals("team", deployment.at("/metadata/namespace").asText());
        assertEquals("team", configMap.at("/metadata/namespace").asText());
        assertEquals(1, deployment.at("/spec/replicas").asInt());
        assertEquals("backend", deployment.at("/metadata/labels/tier").asText());
        JsonNode app = deployment.at("/spec/template/spec/containers/0");
        assertEquals("registry.example/app:2.0", app.path("image").asText());
        assertEquals("nq57/sidecar:1.0", deployment.at("/spec/template/spec/containers/1/image").asText(), "other images untouched");
        assertEquals(List.of("A", "B"), app.path("env").findValuesAsText("name"), "env merged by name, not replaced");
        assertEquals(Map.of("HOST", "overlay", "PORT", "1"), Map.of("HOST", configMap.at("/data/HOST").asText(), "PORT", configMap.at("/data/PORT").asText()));
        String generatedName = configMap.at("/metadata/name").asText();
        assertTrue(generatedName.matches("app-config-[a-z0-9]{10}"), generatedName);
        assertEquals(generatedName, app.at("/envFrom/0/configMapRef/name").asText(), "the reference follows the hashed name");
    }

    @Test
    void aFeatureTheRendererDoesNotImplementIsRefusedNotIgnored() throws IOException {
        write("kustomization.yaml", """
                resources: []
                commonLabels:
                  team: nq57
                """);
        UnsupportedOperationException error = assertThrows(UnsupportedOperationException.class, () -> Kustomize.render(dir));
        assertTrue(error.getMessage().contains("'commonLabels' is not implemented"), error.getMessage());

        write("kustomization.yaml", """
                configMapGenerator:
                  - name: c
                    files:
                      - application.properties
                """);
        assertThrows(UnsupportedOperationException.class, () -> Kustomize.render(dir));
    }

    @Test
    void aPatchWithoutItsTargetFails() throws IOException {
        write("kustomization.yaml", "patchesStrategicMerge:\n  - patch.yaml\n");
        write("patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: missing\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(error.getMessage().contains("expected one apps/v1 Deployment missing, found 0"), error.getMessage());
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Map<String, JsonNode> byName(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.toMap(o -> o.at("/metadata/name").asText(), o -> o,
                (a, b) -> a, java.util.TreeMap::new));
    }
}
