package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** .ci/run provides the tools this suite needs and still ends with the README's test command. */
class CiScriptTest {

    @Test
    void installsTheDeploymentToolsAndEndsWithTheBuild() {
        String script = Repo.read(".ci/run");
        List<String> lines = Arrays.stream(script.split("\n")).filter(line -> !line.isBlank()).collect(Collectors.toList());
        assertEquals("./mvnw -B verify", lines.get(lines.size() - 1));
        assertTrue(script.contains("kubernetes-client"), ".ci/run installs kubectl from Debian's kubernetes-client");
        assertTrue(script.contains("docker-compose"), ".ci/run installs docker-compose");
        assertTrue(script.contains("command -v kubectl") && script.contains("command -v docker-compose"),
                ".ci/run installs only what is missing");
    }
}
