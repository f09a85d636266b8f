package vn.nq57.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JDK class-data-sharing archive of one service build: the classes a service loaded in one run,
 * already parsed and verified, mapped by the next start instead of loaded again (with the aot-jar
 * packaging, every class of the service: 1.2–2.8 s to start alone instead of 4–7 s; docs/benchmarks.md).
 * On JDK 17 it is a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}, then
 * {@code -XX:SharedArchiveFile}); on JDK 25 and later a Leyden AOT cache ({@code -XX:AOTCacheOutput},
 * then {@code -XX:AOTCache}), whose classes are also linked. The first run of a build records it when
 * it exits gracefully; later runs map it.
 *
 * <p>Archives live in {@code ~/.cache/nq57/cds} (or {@code -Dnq57.cds.dir}), named by the module and
 * a SHA-256 over the build's {@code quarkus-app} files (path, size, time), the service's JDK and its options:
 * a rebuild or another JVM gets a new archive, and the stale ones of the same module and checkout are
 * deleted when it is stored. A run killed while recording leaves nothing behind; the recordings of a
 * launcher killed itself go when the module's next archive is stored.
 */
final class ClassDataArchive {

    private static final String RECORDING = ".recording";

    /** Exit status of a JVM killed by SIGKILL: its recording may be cut short. */
    private static final int KILLED = 128 + 9;

    private final Path archive;
    private final Path recording;
    private final String staleGlob;
    private final boolean aotCache;

    private ClassDataArchive(Path archive, Path recording, String staleGlob, boolean aotCache) {
        this.archive = archive;
        this.recording = recording;
        this.staleGlob = staleGlob;
        this.aotCache = aotCache;
    }

    /** The archive of the build in {@code quarkusApp} run with {@code jvmOptions} on {@code jdk}. */
    static ClassDataArchive of(String module, Path quarkusApp, ServiceJdk jdk, List<String> jvmOptions, Path cacheDir) {
        String checkout = sha256(quarkusApp.toAbsolutePath().normalize().toString()).substring(0, 8);
        String key = buildKey(quarkusApp, jdk, jvmOptions).substring(0, 16);
        String prefix = module + "-" + checkout + "-";
        String extension = jdk.aotCache() ? ".aot" : ".jsa";
        Path archive = cacheDir.resolve(prefix + key + extension);
        Path recording = cacheDir.resolve(prefix + key + extension + "." + ProcessHandle.current().pid() + RECORDING);
        return new ClassDataArchive(archive, recording, prefix + "*" + extension, jdk.aotCache());
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
     * recording JVM's warnings about classes it cannot archive (hundreds of lines) stay out of the log,
     * as do the AOT cache's warnings about the few adapters it cannot reuse at every start; errors stay.
     * A JDK 25 recording run writes the classes into a buffer no larger than the compressed class
     * space, which the services' {@code -XX:MaxMetaspaceSize=160m} shrinks to 128 MB: after a fresh
     * start with the demo data, notification-service's did not fit ("Unable to allocate from 'ro'
     * region"), so that run alone is allowed more. Later runs map the cache with the usual bound.
     */
    List<String> jvmOptions() {
        if (present()) {
            return aotCache ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=error")
                    : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + archive.getParent(), e);
        }
        return aotCache
                ? List.of("-XX:AOTCacheOutput=" + recording, "-XX:MaxMetaspaceSize=256m", "-Xlog:aot*=error", "-Xlog:cds*=error")
                : List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * After the service's JVM has exited: keeps what it recorded as the archive, unless it was killed
     * (the file may be cut short), and deletes the module's older archives of this checkout and the
     * recordings that launchers killed themselves left behind (80–130 MB each).
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
            deleteStaleFiles();
        } catch (IOException e) {
            // An archive only saves time: a failure here costs the next start that time, nothing else.
            System.err.println("Class-data archive " + archive + " not stored: " + e);
        }
    }

    /**
     * This module and checkout's other archives, and its recordings whose launcher is gone (nobody will
     * finish or delete them).
     */
    private void deleteStaleFiles() throws IOException {
        PathMatcher archives = FileSystems.getDefault().getPathMatcher("glob:" + staleGlob);
        PathMatcher recordings = FileSystems.getDefault().getPathMatcher("glob:" + staleGlob + ".*" + RECORDING);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.toList()) {
                Path name = file.getFileName();
                boolean staleArchive = archives.matches(name) && !file.equals(archive);
                boolean orphan = recordings.matches(name) && recorder(file).flatMap(ProcessHandle::of).isEmpty();
                if (staleArchive || orphan) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The pid of the launcher that started a recording, from the recording's name. */
    private static Optional<Long> recorder(Path recording) {
        String name = recording.getFileName().toString();
        String withPid = name.substring(0, name.length() - RECORDING.length());
        try {
            return Optional.of(Long.parseLong(withPid.substring(withPid.lastIndexOf('.') + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 over every file of the build (relative path, size, modification time), the JDK and its options. */
    static String buildKey(Path quarkusApp, ServiceJdk jdk, List<String> jvmOptions) {
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update((quarkusApp.relativize(file) + "\0" + Files.size(file) + "\0"
                        + Files.getLastModifiedTime(file).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update((jdk.home() + "\0" + jdk.version() + "\0" + String.join(" ", jvmOptions))
                    .getBytes(StandardCharsets.UTF_8));
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
