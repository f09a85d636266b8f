package vn.nq57.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevStackTest {

    private static final Path REPO = Path.of("/srv/nq57");

    @Test
    void runsWithTheClassDataArchivesAndKeepsItsDataUnlessToldOtherwise() {
        PlatformOptions options = DevStack.options(List.of(), REPO);

        assertTrue(options.classDataSharing());
        assertFalse(options.fresh());
        assertEquals(REPO.resolve(".dev-stack"), options.dataDir());
    }

    @Test
    void runsWithoutTheArchivesFreshAndInAnotherDirectoryWhenAsked() {
        PlatformOptions options = DevStack.options(
                List.of("--fresh", "--without-class-data-archives", "--data", "/var/tmp/nq57"), REPO);

        assertFalse(options.classDataSharing());
        assertTrue(options.fresh());
        assertEquals(Path.of("/var/tmp/nq57"), options.dataDir());
    }
}
