package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional cross-checks find their tools on the PATH, and only executables count. */
class ToolsTest {

    @Test
    void onlyAnExecutableOnThePathCounts(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(bin.resolve("nq57-tool"), "#!/bin/sh\necho nq57\n");
        Files.writeString(bin.resolve("nq57-not-executable"), "");
        Files.setPosixFilePermissions(bin.resolve("nq57-tool"), PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = empty + File.pathSeparator + bin;

        assertTrue(Tools.onPath("nq57-tool", path));
        assertFalse(Tools.onPath("nq57-not-executable", path));
        assertFalse(Tools.onPath("nq57-tool", empty.toString()));
        assertFalse(Tools.onPath("nq57-no-such-tool"));

        Tools.Result result = Tools.run(dir, bin.resolve("nq57-tool").toString());
        assertEquals(0, result.exitCode());
        assertEquals("nq57\n", result.stdout());
    }
}
