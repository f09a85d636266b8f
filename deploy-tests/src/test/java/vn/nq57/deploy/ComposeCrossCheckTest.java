package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Where docker-compose is installed, it accepts docker-compose.yml and resolves the same services,
 * images and environment as the Java reading {@link Compose} that the other tests use.
 */
class ComposeCrossCheckTest {

    @Test
    void dockerComposeResolvesTheSameServices() {
        assumeTrue(Tools.onPath("docker-compose"), "docker-compose is not on the PATH: nothing to cross-check (optional)");
        Tools.Result result = Tools.run(Repo.root(), "docker-compose", "-f", "docker-compose.yml", "config");
        assertEquals(0, result.exitCode(), "docker-compose config rejects docker-compose.yml:\n" + result.stderr());
        List<? extends JsonNode> documents = Yaml.documents(result.stdout());
        assertEquals(1, documents.size(), "docker-compose config prints one document");
        assertEquals(summary(Compose.config()), summary(documents.get(0)));
    }

    private static Map<String, String> summary(JsonNode config) {
        Map<String, String> summary = new TreeMap<>();
        summary.put("services", new TreeSet<>(iterable(config.path("services").fieldNames())).toString());
        summary.put("volumes", new TreeSet<>(iterable(config.path("volumes").fieldNames())).toString());
        config.path("services").properties().forEach(service -> {
            summary.put(service.getKey() + ".image", service.getValue().path("image").asText());
            summary.put(service.getKey() + ".environment", Compose.environment(service.getValue()).toString());
            summary.put(service.getKey() + ".depends_on", new TreeSet<>(iterable(service.getValue().path("depends_on").fieldNames())).toString());
        });
        return summary;
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
