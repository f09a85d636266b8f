package vn.nq57.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JDK class-data-sharing archive of one service build (JDK 17 dynamic CDS): the classes a service
 * loaded in one run, already parsed and verified, mapped by the next start instead of loaded again
 * (about a third less CPU to ready). The first run of a build records the archive when it exits
 * gracefully ({@code -XX:ArchiveClassesAtExit}); later runs map it ({@code -XX:SharedArchiveFile}).
 *
 * <p>Archives live in {@code ~/.cache/nq57/cds} (or {@code -Dnq57.cds.dir}), named by the module and
 * a SHA-256 over the build's {@code quarkus-app} files (path, size, time), the JVM and its options:
 * a rebuild or another JVM gets a new archive, and the stale ones of the same module and checkout are
 * deleted when it is stored. A run killed while recording leaves nothing behind.
 */
final class ClassDataArchive {

    /** Exit status of a JVM killed by SIGKILL: its recording may be cut short. */
    private static final int KILLED = 128 + 9;

    private final Path archive;
    private final Path recording;
    private final String staleGlob;

    private ClassDataArchive(Path archive, Path recording, String staleGlob) {
        this.archive = archive;
        this.recording = recording;
        this.staleGlob = staleGlob;
    }

    /** The archive of the build in {@code quarkusApp} run with {@code jvmOptions} by this JVM. */
    static ClassDataArchive of(String module, Path quarkusApp, List<String> jvmOptions, Path cacheDir) {
        String checkout = sha256(quarkusApp.toAbsolutePath().normalize().toString()).substring(0, 8);
        String key = buildKey(quarkusApp, jvmOptions).substring(0, 16);
        String prefix = module + "-" + checkout + "-";
        Path archive = cacheDir.resolve(prefix + key + ".jsa");
        Path recording = cacheDir.resolve(prefix + key + ".jsa." + ProcessHandle.current().pid() + ".recording");
        return new ClassDataArchive(archive, recording, prefix + "*.jsa");
    }

    static Path defaultCacheDir() {
        String dir = System.getProperty("nq57.cds.dir");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "nq57", "cds");
    }

    Path archive() {
        return archive;
    }

    boolean present() {
        return Files.isRegularFile(archive);
    }

    /**
     * The JVM options of the next launch: map the archive when there is one, else record it. The
     * recording JVM's warnings about classes it cannot archive (hundreds of lines) stay out of the log.
     */
    List<String> jvmOptions() {
        if (present()) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + archive.getParent(), e);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * After the service's JVM has exited: keeps what it recorded as the archive, unless it was killed
     * (the file may be cut short), and deletes the module's older archives of this checkout.
     */
    void collect(int exitStatus) {
        try {
            if (!Files.exists(recording)) {
                return;
            }
            if (exitStatus == KILLED || present()) {
                Files.delete(recording);
                return;
            }
            Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> archives = Files.list(archive.getParent())) {
                for (Path old : archives.filter(p -> !p.equals(archive))
                        .filter(p -> p.getFileSystem().getPathMatcher("glob:" + staleGlob).matches(p.getFileName())).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            // An archive only saves time: a failure here costs the next start that time, nothing else.
            System.err.println("Class-data archive " + archive + " not stored: " + e);
        }
    }

    /** SHA-256 over every file of the build (relative path, size, modification time), the JVM and its options. */
    static String buildKey(Path quarkusApp, List<String> jvmOptions) {
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((quarkusApp.relativize(file) + "\0" + Files.size(file) + "\0"
                        + Files.getLastModifiedTime(file).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update((System.getProperty("java.home") + "\0" + System.getProperty("java.vm.version") + "\0"
                    + String.join(" ", jvmOptions)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + quarkusApp, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
