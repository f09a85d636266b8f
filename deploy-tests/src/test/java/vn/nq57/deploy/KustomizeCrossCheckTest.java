package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where kubectl is installed, {@code kubectl kustomize} renders every overlay to exactly the
 * objects of the Java {@link Kustomize} renderer that the other tests use: the same objects
 * (apiVersion, kind, namespace, name, hash-suffixed generated names included) with equal content.
 */
class KustomizeCrossCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubectlRendersTheSameObjects(String overlay) {
        assumeTrue(Tools.onPath("kubectl"), "kubectl is not on the PATH: nothing to cross-check (optional)");
        Matcher version = Pattern.compile("Kustomize Version: v(\\d+)")
                .matcher(Tools.run(Repo.root(), "kubectl", "version", "--client").stdout());
        assumeTrue(version.find() && Integer.parseInt(version.group(1)) >= 4,
                "kubectl's kustomize is older than v4 (it hashes generated names differently): nothing to cross-check");
        String dir = "deploy/k8s/overlays/" + overlay;
        Tools.Result result = Tools.run(Repo.root(), "kubectl", "kustomize", dir);
        assertEquals(0, result.exitCode(), "kubectl kustomize " + dir + " failed:\n" + result.stderr());

        Map<String, JsonNode> expected = byIdentity(Yaml.documents(result.stdout()));
        Map<String, JsonNode> actual = byIdentity(Kustomize.render(Repo.file(dir)));
        assertEquals(Set.of(), difference(expected.keySet(), actual.keySet()), overlay + ": rendered by kubectl only");
        assertEquals(Set.of(), difference(actual.keySet(), expected.keySet()), overlay + ": rendered by the Java renderer only");
        expected.forEach((identity, object) -> assertEquals(object, actual.get(identity), overlay + ": " + identity));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    private static Map<String, JsonNode> byIdentity(Collection<? extends JsonNode> objects) {
        Map<String, JsonNode> byIdentity = new TreeMap<>();
        for (JsonNode object : objects) {
            String identity = KubernetesSchema.apiKind(object) + " " + object.path("metadata").path("namespace").asText()
                    + "/" + object.path("metadata").path("name").asText();
            assertEquals(null, byIdentity.put(identity, object), "rendered twice: " + identity);
        }
        return byIdentity;
    }
}
