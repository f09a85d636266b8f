package vn.nq57.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How to start the local platform.
 *
 * @param repoRoot the repository: services are run from their {@code target/quarkus-app}
 * @param dataDir  where every server keeps its data; kept across starts unless {@code fresh}
 * @param fresh    wipe the data directory first
 * @param overrides extra configuration per service module, applied over the launcher's own; each is
 *                  computed when its service is launched (after the infrastructure, and Keycloak unless
 *                  {@code servicesBesideKeycloak}, are ready), so a value may depend on that moment, as the
 *                  e2e suite's reminder time does
 * @param classDataSharing run the services with a class-data archive per build ({@link ClassDataArchive}),
 *                  on the JDK {@link ServiceJdk#preferred()} names:
 *                  on for the developer's platform and the startup bench, off for test suites, whose
 *                  freshly built jars would record an archive at every run and never use it
 * @param servicesBesideKeycloak launch the services as soon as the infrastructure is up, while Keycloak
 *                  is still starting (each fetches the OIDC metadata at its first request), instead of
 *                  after Keycloak answers: the e2e suite's start; off for the developer's platform and the
 *                  startup bench, whose figures count from Keycloak being ready
 */
public record PlatformOptions(Path repoRoot, Path dataDir, boolean fresh, PlatformPorts ports,
        Map<String, Supplier<Map<String, String>>> overrides, boolean classDataSharing, boolean servicesBesideKeycloak) {

    public PlatformOptions(Path repoRoot, Path dataDir, boolean fresh, PlatformPorts ports) {
        this(repoRoot, dataDir, fresh, ports, Map.of());
    }

    public PlatformOptions(Path repoRoot, Path dataDir, boolean fresh, PlatformPorts ports,
            Map<String, Supplier<Map<String, String>>> overrides) {
        this(repoRoot, dataDir, fresh, ports, overrides, false, false);
    }

    /** The same options with the services' class-data archives on. */
    public PlatformOptions withClassDataSharing() {
        return new PlatformOptions(repoRoot, dataDir, fresh, ports, overrides, true, servicesBesideKeycloak);
    }

    /** The same options with the services launched while Keycloak starts. */
    public PlatformOptions withServicesBesideKeycloak() {
        return new PlatformOptions(repoRoot, dataDir, fresh, ports, overrides, classDataSharing, true);
    }
}
