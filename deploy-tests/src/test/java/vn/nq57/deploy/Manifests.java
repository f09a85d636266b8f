package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The objects an overlay renders to, through the Java {@link Kustomize} renderer (no kubectl needed). */
final class Manifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** Every object of {@code deploy/k8s/overlays/<overlay>}, rendered once per test JVM. */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::kustomize);
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream()
                .filter(node -> kind.equals(node.path("kind").asText()))
                .collect(Collectors.toList());
    }

    /** The typed objects of one kind, parsed strictly (unknown fields fail). */
    static <T extends HasMetadata> List<T> typed(String overlay, Class<T> type) {
        List<T> objects = new ArrayList<>();
        for (JsonNode node : render(overlay)) {
            if (KubernetesSchema.typeOf(node) == type) {
                objects.add(type.cast(KubernetesSchema.parse(node)));
            }
        }
        return objects;
    }

    static <T extends HasMetadata> T named(String overlay, Class<T> type, String name) {
        List<T> matching = typed(overlay, type).stream()
                .filter(object -> name.equals(object.getMetadata().getName()))
                .collect(Collectors.toList());
        assertEquals(1, matching.size(), overlay + ": expected exactly one " + type.getSimpleName() + " " + name);
        return matching.get(0);
    }

    private static List<JsonNode> kustomize(String overlay) {
        return List.copyOf(Kustomize.render(Repo.file("deploy/k8s/overlays/" + overlay)));
    }
}
