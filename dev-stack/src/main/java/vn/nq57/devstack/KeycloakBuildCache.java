package vn.nq57.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Keycloak's dev-mode augmentation ({@code lib/quarkus} of its home, 3 MB), kept across runs per
 * Keycloak version. The distribution is built for production; {@code kc.sh start-dev} re-augments a
 * fresh home for the dev profile first (half a minute of CPU). A home that gets the cached
 * {@code lib/quarkus} starts at once: {@code kc.sh} compares the persisted build options and skips
 * the build. Nothing but the augmentation is shared: every run unpacks its own home with its own
 * data. The cache lives under {@code ~/.cache/nq57} ({@code -Dnq57.keycloak.cache=<dir>} moves it,
 * {@code none} turns it off); a missing or foreign cache only means one more augmentation.
 */
final class KeycloakBuildCache {

    private static final String AUGMENTATION = "lib/quarkus";

    private final Path dir;

    private KeycloakBuildCache(Path dir) {
        this.dir = dir;
    }

    static KeycloakBuildCache forVersion(String version) {
        String configured = System.getProperty("nq57.keycloak.cache");
        if ("none".equals(configured)) {
            return new KeycloakBuildCache(null);
        }
        Path root = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "nq57");
        return new KeycloakBuildCache(root.resolve("keycloak-" + version + "-dev"));
    }

    /** Puts the cached augmentation into the home; false when there is none yet. */
    boolean restoreInto(Path home) {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        try {
            copyFiles(dir, home.resolve(AUGMENTATION));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the home's dev augmentation (once Keycloak started from it) unless it is cached already. */
    void saveFrom(Path home) {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        Path staging = null;
        try {
            Files.createDirectories(dir.getParent());
            staging = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".");
            copyFiles(home.resolve(AUGMENTATION), staging);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } catch (IOException e) {
            // another run cached it first, or the cache cannot be written: the next run augments again
            if (!Files.isDirectory(dir)) {
                System.err.println("Keycloak's augmentation not cached in " + dir + ": " + e);
            }
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover staging directory is harmless
        }
    }
}
