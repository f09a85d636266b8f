package vn.nq57.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJdkTest {

    @TempDir
    Path dir;

    @Test
    void a_jdk_home_is_read_from_its_release_file() throws IOException {
        Path home = jdk("jdk-25", "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\nOS_NAME=\"Linux\"\n", true);

        ServiceJdk jdk = ServiceJdk.of(home).orElseThrow();

        assertEquals("25.0.3", jdk.version());
        assertEquals(25, jdk.feature());
        assertTrue(jdk.aotCache());
        assertEquals(home.resolve("bin/java").toString(), jdk.java());
    }

    @Test
    void java_17_keeps_the_class_data_archive() {
        ServiceJdk jdk = new ServiceJdk(Path.of("/usr/lib/jvm/java-17"), "17.0.15");

        assertEquals(17, jdk.feature());
        assertFalse(jdk.aotCache());
        assertFalse(new ServiceJdk(Path.of("/opt/jdk"), "1.8.0_412").aotCache());
    }

    @Test
    void a_directory_without_a_release_file_or_a_java_is_no_jdk() throws IOException {
        assertEquals(Optional.empty(), ServiceJdk.of(Files.createDirectories(dir.resolve("empty"))));
        assertEquals(Optional.empty(), ServiceJdk.of(jdk("no-java", "JAVA_VERSION=\"25\"\n", false)));
        assertEquals(Optional.empty(), ServiceJdk.of(jdk("no-version", "OS_NAME=\"Linux\"\n", true)));
    }

    @Test
    void the_launchers_own_jdk_is_the_one_running_this_test() {
        ServiceJdk launcher = ServiceJdk.launcher();

        assertEquals(Runtime.version().feature(), launcher.feature());
        assertTrue(Files.isExecutable(Path.of(launcher.java())));
    }

    private Path jdk(String name, String release, boolean withJava) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), release);
        if (withJava) {
            Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
            Files.writeString(java, "#!/bin/sh\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }
}
