package vn.nq57.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.nq57.contracts.events.Topics;
import vn.nq57.testinfra.KafkaBroker;
import vn.nq57.testinfra.MongoWireServer;
import vn.nq57.testinfra.PostgresServer;
import vn.nq57.testinfra.SmtpServer;

/**
 * The whole platform on one machine without Docker: real PostgreSQL, Kafka, a MongoDB wire server,
 * SMTP with a web view, Keycloak, then every service and the gateway. Closing it stops everything
 * in reverse order.
 */
public final class LocalPlatform implements AutoCloseable {

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    /** The services' current processes by module: a restart replaces the entry. */
    private final Map<String, ChildProcess> services = new ConcurrentHashMap<>();
    /** The services' class-data archives by module, when {@link PlatformOptions#classDataSharing()}. */
    private final Map<String, ClassDataArchive> archives = new ConcurrentHashMap<>();
    private final PlatformOptions options;
    /** With class-data sharing, the JDK {@link ServiceJdk#HOME_VARIABLE} names; else the launcher's. */
    private final ServiceJdk serviceJdk;
    private final Progress progress;
    private PlatformEndpoints endpoints;
    private KafkaBroker kafka;
    private long keycloakReadyAt;
    /** Per service, when it answered ready in the parallel start, counted from Keycloak being ready. */
    private final Map<String, Duration> readyAfterKeycloak = new java.util.LinkedHashMap<>();

    private LocalPlatform(PlatformOptions options, PrintStream out) {
        this.options = options;
        this.serviceJdk = serviceJdk(options);
        this.progress = new Progress(out);
    }

    public static LocalPlatform start(PlatformOptions options, PrintStream out) {
        LocalPlatform platform = new LocalPlatform(options, out);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public PlatformEndpoints endpoints() {
        return endpoints;
    }

    private void startAll() {
        PlatformPorts ports = options.ports();
        if (options.classDataSharing()) {
            progress.line("  Services run on Java " + serviceJdk.version() + " (" + serviceJdk.home() + ") with "
                    + (serviceJdk.aotCache() ? "an AOT cache" : "a class-data archive") + " per build");
        }
        Path data = prepareDataDir();
        ChildProcess keycloak = progress.step("Keycloak (launching)", () -> KeycloakServer.launch(options));
        running.push(keycloak);
        PostgresServer postgres = progress.step("PostgreSQL :" + ports.postgres(),
                () -> PostgresServer.start(ports.postgres(), data.resolve("postgres"), false));
        running.push(postgres);
        ServiceSpec.all(ports).stream().filter(s -> s.database() != null)
                .forEach(s -> PostgresServer.ensureDatabase(postgres.port(), s.database()));
        kafka = progress.step("Kafka (KRaft) :" + ports.kafka(),
                () -> KafkaBroker.start(ports.kafka(), ports.kafkaController(), data.resolve("kafka/log")));
        running.push(kafka);
        kafka.createTopics(List.of(Topics.UNITS, Topics.PLANS, Topics.ROUNDS, Topics.REPORTS), 3);
        MongoWireServer mongo = progress.step("MongoDB wire server :" + ports.mongo(),
                () -> MongoWireServer.startPersistent(ports.mongo(), data.resolve("mongo.h2")));
        running.push(mongo);
        SmtpServer smtp = progress.step("SMTP :" + ports.smtp() + " + mail view :" + ports.mailWeb(),
                () -> SmtpServer.start(ports.smtp(), ports.imap()));
        running.push(smtp);
        running.push(MailWebView.start(ports.mailWeb(), smtp));
        endpoints = new PlatformEndpoints("http://localhost:" + ports.gateway(), KeycloakServer.issuer(ports.keycloak()),
                kafka.bootstrapServers(), postgres.port(), mongo.connectionString(), smtp.smtpPort(), smtp.imapPort(),
                "http://localhost:" + ports.mailWeb());
        if (options.servicesBesideKeycloak()) {
            launchServices(data.resolve("logs"));
        }
        progress.step("Keycloak :" + ports.keycloak() + " (realm nq57)", () -> {
            KeycloakServer.awaitReady(ports.keycloak(), keycloak, options);
            return keycloak;
        });
        keycloakReadyAt = System.nanoTime();
        if (!options.servicesBesideKeycloak()) {
            launchServices(data.resolve("logs"));
        }
        awaitServices();
    }

    private void launchServices(Path logs) {
        running.push(this::stopServices);
        for (ServiceSpec service : ServiceSpec.all(options.ports())) {
            services.put(service.module(), launch(service, logs));
        }
    }

    private void awaitServices() {
        for (ServiceSpec spec : ServiceSpec.all(options.ports())) {
            ChildProcess process = services.get(spec.module());
            progress.step(spec.module() + " :" + spec.port(), () -> {
                awaitReady(spec, process);
                return process;
            });
            readyAfterKeycloak.put(spec.module(), Duration.ofNanos(System.nanoTime() - keycloakReadyAt));
        }
    }

    /**
     * When each service answered ready in the parallel start, counted from Keycloak being ready (the
     * services are launched together right after it). Services are awaited in launch order, so an
     * entry is an upper bound for that service and the largest one is exactly "all ready".
     */
    public Map<String, Duration> readyAfterKeycloak() {
        return Map.copyOf(readyAfterKeycloak);
    }

    /** The service's log file (appended to across restarts). */
    public Path log(String module) {
        return service(module).log();
    }

    /** The service's current process. */
    public ProcessHandle process(String module) {
        return service(module).handle();
    }

    /** Kills a service with SIGKILL, as a crash would (no graceful shutdown), and waits until it is gone. */
    public void kill(String module) {
        ChildProcess process = service(module);
        process.kill();
        collectArchive(module, process);
    }

    /** Stops the services side by side: a first run after a build writes five class-data archives meanwhile. */
    private void stopServices() throws InterruptedException {
        List<Thread> stopping = new ArrayList<>();
        for (String module : services.keySet()) {
            Thread thread = new Thread(() -> stop(module), "nq57-stop-" + module);
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            thread.join();
        }
    }

    /**
     * Stops a service gracefully; a JVM recording its class-data archive writes it while exiting
     * (seconds on a loaded machine), so it gets longer before it is killed.
     */
    private void stop(String module) {
        ChildProcess process = service(module);
        ClassDataArchive archive = archives.get(module);
        boolean recording = archive != null && !archive.present() && process.isAlive();
        if (recording) {
            System.out.println("  " + module + ": writing its class-data archive for the next start …");
        }
        process.stop(recording ? 120 : 20);
        collectArchive(module, process);
    }

    private void collectArchive(String module, ChildProcess process) {
        ClassDataArchive archive = archives.get(module);
        if (archive != null && !process.isAlive()) {
            archive.collect(process.exitStatus());
        }
    }

    /** Whether every service's class-data archive for the current builds is stored (after one graceful stop). */
    public static boolean classDataArchivesPresent(PlatformOptions options) {
        ServiceJdk jdk = serviceJdk(options);
        return ServiceSpec.all(options.ports()).stream().allMatch(s -> archiveOf(options, jdk, s.module()).present());
    }

    private static ClassDataArchive archiveOf(PlatformOptions options, ServiceJdk jdk, String module) {
        return ClassDataArchive.of(module, options.repoRoot().resolve(module).resolve("target/quarkus-app"), jdk,
                ServiceSpec.jvmOptions(module, System.getenv(ServiceSpec.EXTRA_JVM_OPTIONS)), ClassDataArchive.defaultCacheDir());
    }

    /** The test suites keep the services on their own JDK; the developer's platform and the startup bench choose. */
    static ServiceJdk serviceJdk(PlatformOptions options) {
        return options.classDataSharing() ? ServiceJdk.preferred() : ServiceJdk.launcher();
    }

    /** Launches a killed service again with the same command, ports and overrides; waits until it is ready. */
    public void restart(String module) {
        ChildProcess process = service(module).relaunch();
        services.put(module, process);
        ServiceSpec spec = ServiceSpec.all(options.ports()).stream().filter(s -> s.module().equals(module))
                .findFirst().orElseThrow();
        awaitReady(spec, process);
    }

    /** Shuts the Kafka broker down; {@link #restartKafka()} brings it back on the same ports and log. */
    public void stopKafka() {
        kafka.stop();
    }

    public void restartKafka() {
        kafka.restart();
    }

    private ChildProcess service(String module) {
        ChildProcess process = services.get(module);
        if (process == null) {
            throw new IllegalArgumentException("No service " + module + "; one of " + services.keySet());
        }
        return process;
    }

    private ChildProcess launch(ServiceSpec service, Path logs) {
        Path module = options.repoRoot().resolve(service.module());
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(serviceJdk.java()));
        command.addAll(ServiceSpec.jvmOptions(service.module(), System.getenv(ServiceSpec.EXTRA_JVM_OPTIONS)));
        if (options.classDataSharing()) {
            ClassDataArchive archive = archiveOf(options, serviceJdk, service.module());
            archives.put(service.module(), archive);
            command.addAll(archive.jvmOptions()); // after the service's options: a recording run overrides one
        }
        Map<String, String> properties = new java.util.LinkedHashMap<>(service.systemProperties(endpoints));
        properties.putAll(options.overrides().getOrDefault(service.module(), Map::of).get());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> env = ServiceSpec.environment(options.ports());
        return ChildProcess.start(service.module(), command, env, module, logs);
    }

    private static void awaitReady(ServiceSpec spec, ChildProcess process) {
        try {
            HttpWait.until200("http://localhost:" + spec.port() + "/q/health/ready", Duration.ofMinutes(3), process::isAlive);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(spec.module() + " did not become ready; see " + process.log(), e);
        }
    }

    private Path prepareDataDir() {
        Path data = options.dataDir();
        try {
            if (options.fresh() && Files.exists(data)) {
                try (Stream<Path> paths = Files.walk(data)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + data, e);
        }
    }

    @Override
    public synchronized void close() {
        // in reverse order of start: the services (side by side, stopServices) before the servers they use
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Stopping " + part.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
