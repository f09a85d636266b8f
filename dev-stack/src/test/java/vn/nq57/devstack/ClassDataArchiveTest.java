package vn.nq57.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records and maps a real JDK class-data archive with a small program in a jar, as the launcher does
 * with a service: on the build's JDK (a dynamic CDS archive on 17) and, where the machine has one, on
 * a JDK with the AOT cache (25 or later), as {@code NQ57_SERVICE_JAVA_HOME} would choose.
 */
class ClassDataArchiveTest {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC");

    @TempDir
    Path dir;

    /** The program the archives are made of: exits at once, or waits to be killed. */
    public static final class Program {
        public static void main(String[] args) throws InterruptedException {
            if (args.length > 0) {
                System.out.println("waiting");
                Thread.sleep(60_000);
            }
        }
    }

    /** The build's JDK, and a JDK 25 or later where the machine has one in /usr/lib/jvm (its AOT cache). */
    static Stream<ServiceJdk> jdks() throws IOException {
        Path system = Path.of("/usr/lib/jvm");
        List<ServiceJdk> withCache = List.of();
        if (Files.isDirectory(system)) {
            try (Stream<Path> homes = Files.list(system)) {
                withCache = homes.map(ServiceJdk::of).flatMap(java.util.Optional::stream).filter(ServiceJdk::aotCache)
                        .limit(1).toList();
            }
        }
        return Stream.concat(Stream.of(ServiceJdk.launcher()), withCache.stream()).distinct();
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void a_graceful_run_records_the_archive_and_the_next_run_maps_it(ServiceJdk jdk) throws Exception {
        Path app = build("one");
        ClassDataArchive archive = ClassDataArchive.of("svc", app, jdk, JVM_OPTIONS, dir.resolve("cache"));
        assertFalse(archive.present());
        assertTrue(archive.archive().getFileName().toString().endsWith(jdk.aotCache() ? ".aot" : ".jsa"));

        Process recording = run(jdk, archive.jvmOptions(), app, List.of());
        assertEquals(0, recording.waitFor());
        archive.collect(recording.exitValue());

        assertTrue(archive.present(), "archive stored");
        assertEquals(List.of(archive.archive()), filesIn(dir.resolve("cache")), "no recording left beside it");
        List<String> options = new ArrayList<>(archive.jvmOptions());
        assertTrue(options.contains((jdk.aotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive.archive()));
        options.add("-Xlog:class+load=info");
        Process mapped = run(jdk, options, app, List.of());
        String log = new String(mapped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, mapped.waitFor());
        // JDK 17 maps a dynamic archive on top of the JDK's own; an AOT cache is one static archive
        assertTrue(log.contains(Program.class.getName() + " source: shared objects file" + (jdk.aotCache() ? "" : " (top)")),
                "the program's class comes from the archive:\n" + log.lines().filter(l -> l.contains("Program")).toList());
    }

    @Test
    void a_killed_recording_leaves_nothing_and_a_rebuild_replaces_the_old_archive() throws Exception {
        ServiceJdk jdk = ServiceJdk.launcher();
        Path app = build("one");
        Path cache = dir.resolve("cache");
        ClassDataArchive first = ClassDataArchive.of("svc", app, jdk, JVM_OPTIONS, cache);
        Process done = run(jdk, first.jvmOptions(), app, List.of());
        done.waitFor();
        first.collect(done.exitValue());
        assertTrue(first.present());

        rebuild(app, "two");
        ClassDataArchive second = ClassDataArchive.of("svc", app, jdk, JVM_OPTIONS, cache);
        assertNotEquals(first.archive(), second.archive(), "a rebuild has its own archive");
        Process killed = run(jdk, second.jvmOptions(), app, List.of("wait"));
        try (InputStream out = killed.getInputStream()) {
            out.read(); // started: the program printed
        }
        killed.destroyForcibly();
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        second.collect(killed.exitValue());
        assertFalse(second.present(), "a killed recording is not kept");
        assertEquals(List.of(first.archive()), filesIn(cache));

        // a recording whose launcher was killed itself (no such pid), and one another launcher is still writing
        Path orphaned = Files.writeString(cache.resolve(second.archive().getFileName() + "." + Long.MAX_VALUE + ".recording"), "cut short");
        Path running = Files.writeString(cache.resolve(first.archive().getFileName() + "." + ProcessHandle.current().pid()
                + ".recording"), "being written");
        Process graceful = run(jdk, second.jvmOptions(), app, List.of());
        graceful.waitFor();
        second.collect(graceful.exitValue());
        assertFalse(Files.exists(orphaned), "an orphaned recording is deleted");
        assertTrue(Files.exists(running), "a recording whose launcher runs is left to it");
        Files.delete(running);
        assertEquals(List.of(second.archive()), filesIn(cache), "the new archive replaces the old one of the same checkout");
    }

    @Test
    void the_key_follows_the_build_the_jdk_and_the_options() throws Exception {
        Path app = build("one");
        ServiceJdk jdk = new ServiceJdk(Path.of("/opt/jdk-25"), "25.0.3");
        String key = ClassDataArchive.buildKey(app, jdk, JVM_OPTIONS);
        assertEquals(key, ClassDataArchive.buildKey(app, jdk, JVM_OPTIONS));
        assertNotEquals(key, ClassDataArchive.buildKey(app, jdk, List.of("-Xmx128m", "-XX:+UseSerialGC")));
        assertNotEquals(key, ClassDataArchive.buildKey(app, new ServiceJdk(Path.of("/opt/jdk-25"), "25.0.4"), JVM_OPTIONS));
        rebuild(app, "two");
        assertNotEquals(key, ClassDataArchive.buildKey(app, jdk, JVM_OPTIONS));
    }

    /** A "quarkus-app" directory: the program's jar and a data file standing for the rest of the build. */
    private Path build(String data) throws IOException {
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        String name = Program.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app.resolve("program.jar")));
                InputStream in = Program.class.getClassLoader().getResourceAsStream(name)) {
            jar.putNextEntry(new JarEntry(name));
            in.transferTo(jar);
            jar.closeEntry();
        }
        rebuild(app, data);
        return app;
    }

    private static void rebuild(Path app, String data) throws IOException {
        Path file = app.resolve("quarkus/application.dat");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(data.getBytes(StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + data.hashCode()));
    }

    private static Process run(ServiceJdk jdk, List<String> archiveOptions, Path app, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(jdk.java()));
        command.addAll(archiveOptions);
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", app.resolve("program.jar").toString(), Program.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
