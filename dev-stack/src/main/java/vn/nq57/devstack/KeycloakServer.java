package vn.nq57.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist} zip),
 * started in dev mode with the demo realm imported: the production realm plus the demo users, the
 * dev client secret and the password-grant client {@code nq57-cli}. Only this launcher (and the
 * end-to-end tests through it) import the demo realm; production imports
 * {@code deploy/keycloak/nq57-realm.json}.
 */
final class KeycloakServer {

    static final String REALM = "nq57";
    static final String DEMO_REALM_FILE = "deploy/keycloak/dev/nq57-realm-demo.json";

    /**
     * kc.sh's default JVM options (Keycloak 26.7) with the serial collector and the C1 compiler alone
     * instead of G1 and C2, as the services run: a local Keycloak starts once and then answers token
     * requests, so C2 compilation and G1's threads cost more CPU than they win back. The heap is twice
     * kc.sh's 512 MB: the national bench's 3,355 users and their sessions filled 512 MB, and Keycloak
     * spent its time in full collections (token phase 134–251 s).
     */
    static final String JAVA_OPTS = "-Xms128m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m"
            + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError"
            + " -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.err.encoding=UTF-8 -Dstdout.encoding=UTF-8"
            + " -Dstderr.encoding=UTF-8 -Djava.security.egd=file:/dev/urandom -Djdk.tls.rejectClientInitiatedRenegotiation=true";

    private KeycloakServer() {
    }

    /** Starts Keycloak without waiting, so the other servers start meanwhile. */
    static ChildProcess launch(PlatformOptions options) {
        Path home = unpack(options.dataDir().resolve("keycloak"));
        buildCache().restoreInto(home);
        importRealm(options.repoRoot(), home);
        int port = options.ports().keycloak();
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + options.ports().keycloakManagement(),
                "--hostname=http://localhost:" + port,
                "--import-realm");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS", JAVA_OPTS);
        return ChildProcess.start("keycloak", command, env, home, options.dataDir().resolve("logs"));
    }

    static void awaitReady(int port, ChildProcess keycloak, PlatformOptions options) {
        try {
            // A start without the cached augmentation augments the distribution: minutes on a busy machine.
            HttpWait.until200(issuer(port) + "/.well-known/openid-configuration", Duration.ofMinutes(8), keycloak::isAlive);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Keycloak did not start; see " + keycloak.log(), e);
        }
        buildCache().saveFrom(home(options.dataDir().resolve("keycloak")));
    }

    private static KeycloakBuildCache buildCache() {
        return KeycloakBuildCache.forVersion(buildProperties().getProperty("keycloak.version"));
    }

    private static Path home(Path target) {
        return target.resolve("keycloak-" + buildProperties().getProperty("keycloak.version"));
    }

    static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static void importRealm(Path repoRoot, Path home) {
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(repoRoot.resolve(DEMO_REALM_FILE), imports.resolve("nq57-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the realm export", e);
        }
    }

    /** Unpacks the distribution once; later starts reuse it with its data. */
    private static Path unpack(Path target) {
        Properties build = buildProperties();
        Path home = home(target);
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(Path.of(build.getProperty("keycloak.zip"))))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IllegalStateException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack Keycloak", e);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/dev-stack.properties")) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
