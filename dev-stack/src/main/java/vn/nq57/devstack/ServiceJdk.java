package vn.nq57.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK the local platform runs its services on: the launcher's own, or the one
 * {@value #HOME_VARIABLE} names. From JDK 25 a service maps a Leyden AOT cache (classes loaded and
 * linked) instead of a JDK 17 class-data archive, and starts in about half the time; but it also
 * keeps more resident after a national burst (318–375 MiB against 253–296 MiB on JDK 17), so JDK 17
 * stays the default (docs/benchmarks.md, "JDK 25 and its AOT cache"). The build stays on Java 17.
 *
 * @param home    the JDK's home directory
 * @param version its {@code JAVA_VERSION}, e.g. {@code 25.0.3}
 */
record ServiceJdk(Path home, String version) {

    /** Environment variable naming the services' JDK home; otherwise they run on the launcher's. */
    static final String HOME_VARIABLE = "NQ57_SERVICE_JAVA_HOME";
    /** The first JDK whose AOT cache needs no separate assembly step (JEP 514). */
    static final int AOT_CACHE_FEATURE = 25;
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");

    /** The launcher's own JDK. */
    static ServiceJdk launcher() {
        return new ServiceJdk(Path.of(System.getProperty("java.home")), System.getProperty("java.version"));
    }

    /** The JDK {@value #HOME_VARIABLE} names, else the launcher's. */
    static ServiceJdk preferred() {
        String named = System.getenv(HOME_VARIABLE);
        if (named == null || named.isBlank()) {
            return launcher();
        }
        return of(Path.of(named)).orElseThrow(() -> new IllegalStateException(
                HOME_VARIABLE + "=" + named + " is not a JDK home (no release file with JAVA_VERSION, or no bin/java)"));
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
