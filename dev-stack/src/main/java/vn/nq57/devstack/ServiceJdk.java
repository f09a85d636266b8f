package vn.nq57.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK the local platform runs its services on. From JDK 25 a service maps a Leyden AOT cache
 * (classes loaded and linked, method profiles) instead of a JDK 17 class-data archive: with it a
 * service starts in about half the time ({@link ClassDataArchive}; docs/benchmarks.md, startup).
 * The build itself stays on Java 17.
 *
 * @param home    the JDK's home directory
 * @param version its {@code JAVA_VERSION}, e.g. {@code 25.0.3}
 */
record ServiceJdk(Path home, String version) {

    /** Environment variable naming the services' JDK home; otherwise {@link #preferred()} chooses. */
    static final String HOME_VARIABLE = "NQ57_SERVICE_JAVA_HOME";
    /** The first JDK whose AOT cache needs no separate assembly step and stores method profiles (JEP 514, 515). */
    static final int AOT_CACHE_FEATURE = 25;
    /** Where Debian, Ubuntu and Fedora install their JDKs (and this machine its second one). */
    private static final Path SYSTEM_JDKS = Path.of("/usr/lib/jvm");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");

    /** The launcher's own JDK. */
    static ServiceJdk launcher() {
        return new ServiceJdk(Path.of(System.getProperty("java.home")), System.getProperty("java.version"));
    }

    /**
     * {@value #HOME_VARIABLE} when set; else the launcher's JDK if it has the AOT cache; else the
     * newest JDK with it under {@code /usr/lib/jvm}; else the launcher's JDK (class-data archives).
     */
    static ServiceJdk preferred() {
        String named = System.getenv(HOME_VARIABLE);
        if (named != null && !named.isBlank()) {
            return of(Path.of(named)).orElseThrow(() -> new IllegalStateException(
                    HOME_VARIABLE + "=" + named + " is not a JDK home (no release file with JAVA_VERSION)"));
        }
        ServiceJdk launcher = launcher();
        if (launcher.aotCache()) {
            return launcher;
        }
        return installed().filter(ServiceJdk::aotCache).max(Comparator.comparingInt(ServiceJdk::feature)).orElse(launcher);
    }

    /** The JDK at {@code home}, read from its {@code release} file. */
    static Optional<ServiceJdk> of(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return m.find() && Files.isExecutable(home.resolve("bin/java")) ? Optional.of(new ServiceJdk(home, m.group(1)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Stream<ServiceJdk> installed() {
        if (!Files.isDirectory(SYSTEM_JDKS)) {
            return Stream.empty();
        }
        try (Stream<Path> homes = Files.list(SYSTEM_JDKS)) {
            return homes.map(ServiceJdk::of).flatMap(Optional::stream).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The feature release: 25 for {@code 25.0.3}, 17 for {@code 17.0.15}. */
    int feature() {
        String first = version.split("[.+-]", 2)[0];
        return first.chars().allMatch(Character::isDigit) && !first.isEmpty() ? Integer.parseInt(first) : 0;
    }

    boolean aotCache() {
        return feature() >= AOT_CACHE_FEATURE;
    }

    String java() {
        return home.resolve("bin").resolve("java").toString();
    }
}
