package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** docker-compose.yml as {@code docker-compose config} (Debian's docker-compose 1.29) resolves it. */
final class Compose {

    private static JsonNode resolved;

    private Compose() {
    }

    static synchronized JsonNode config() {
        if (resolved == null) {
            Tools.require("docker-compose", "docker-compose");
            Tools.Result result = Tools.run(Repo.root(), "docker-compose", "-f", "docker-compose.yml", "config");
            assertEquals(0, result.exitCode(), "docker-compose config rejects docker-compose.yml:\n" + result.stderr());
            List<JsonNode> documents = Manifests.parseYamlDocuments(result.stdout());
            assertEquals(1, documents.size(), "docker-compose config prints one document");
            resolved = documents.get(0);
        }
        return resolved;
    }

    static JsonNode service(String name) {
        JsonNode service = config().path("services").path(name);
        assertTrue(service.isObject(), "docker-compose.yml has no service " + name);
        return service;
    }
}
