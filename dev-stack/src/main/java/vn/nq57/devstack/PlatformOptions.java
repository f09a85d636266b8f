package vn.nq57.devstack;

import java.nio.file.Path;

/**
 * How to start the local platform.
 *
 * @param repoRoot the repository: services are run from their {@code target/quarkus-app}
 * @param dataDir  where every server keeps its data; kept across starts unless {@code fresh}
 * @param fresh    wipe the data directory first
 */
public record PlatformOptions(Path repoRoot, Path dataDir, boolean fresh, PlatformPorts ports) {
}
