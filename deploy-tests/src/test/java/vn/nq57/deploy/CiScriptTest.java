package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** .ci/run is exactly the README's test command: CI installs nothing a new developer would not have. */
class CiScriptTest {

    private static final String TEST_COMMAND = "./mvnw -B verify";

    @Test
    void ciRunsExactlyTheReadmeCommand() {
        List<String> lines = Repo.read(".ci/run").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#") || line.startsWith("#!"))
                .toList();
        assertEquals(List.of("#!/usr/bin/env bash", "set -euo pipefail", "cd \"$(dirname \"$0\")/..\"", TEST_COMMAND), lines);
    }

    @Test
    void theReadmeTestSectionGivesTheSameCommand() {
        String readme = Repo.read("README.md");
        String section = readme.substring(readme.indexOf("Run all tests"));
        String block = section.substring(section.indexOf("```bash\n") + "```bash\n".length(), section.indexOf("\n```", section.indexOf("```bash\n")));
        assertEquals(TEST_COMMAND, block.strip());
        assertTrue(section.contains("CI runs exactly this command (`.ci/run`)"), "the README says CI runs it");
    }
}
