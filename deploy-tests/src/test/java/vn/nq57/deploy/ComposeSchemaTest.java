package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docker-compose.yml is a valid Compose file, checked against the vendored Compose Specification schema. */
class ComposeSchemaTest {

    @Test
    void theFileMatchesTheComposeSpecification() {
        assertEquals(List.of(), Compose.violations(Compose.load(Repo.read("docker-compose.yml"))));
    }

    @Test
    void theSchemaRejectsAMisspelledKeyAWrongTypeAndAnUnknownCondition() {
        assertTrue(violations("services:\n  app:\n    image: x\n    healthchek:\n      test: [\"CMD\", \"true\"]\n")
                .stream().anyMatch(v -> v.contains("healthchek")), "misspelled key");
        assertTrue(!violations("services:\n  app:\n    image: x\n    read_only: [yes]\n").isEmpty(), "a list where a boolean belongs");
        assertTrue(!violations("services:\n  app:\n    image: x\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: y\n")
                .isEmpty(), "an unknown depends_on condition");
        assertTrue(!violations("servics:\n  app:\n    image: x\n").isEmpty(), "a misspelled top-level key");
    }

    @Test
    void mergeKeysAndInterpolationAreResolvedBeforeValidation() {
        JsonNode file = Compose.load("""
                x-defaults: &defaults
                  read_only: true
                services:
                  app:
                    <<: *defaults
                    image: "app:${TAG:-dev}"
                    command: ["sh", "-c", "echo $$HOME ${NQ57_SURELY_UNSET_VARIABLE}"]
                """);
        assertEquals(List.of(), Compose.violations(file));
        assertTrue(file.at("/services/app/read_only").asBoolean(), "the merge key brought read_only in");
        assertEquals("app:dev", file.at("/services/app/image").asText());
        assertEquals("echo $HOME ", file.at("/services/app/command/2").asText());
        assertThrows(IllegalArgumentException.class, () -> Compose.interpolate("${NQ57_REQUIRED:?set it}"));
    }

    private static List<String> violations(String yaml) {
        return Compose.violations(Compose.load(yaml));
    }
}
