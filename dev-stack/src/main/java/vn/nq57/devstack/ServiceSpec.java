package vn.nq57.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One platform service as the launcher runs it.
 *
 * @param module   the Maven module, run from its {@code target/quarkus-app/quarkus-run.jar}
 * @param database its PostgreSQL database, null when it has none
 * @param mongo    whether it keeps its data in MongoDB
 * @param smtp     whether it sends mail
 */
record ServiceSpec(String module, int port, String database, boolean mongo, boolean smtp) {

    static List<ServiceSpec> all(PlatformPorts ports) {
        return List.of(
                new ServiceSpec("plan-service", ports.plan(), "plan", false, false),
                new ServiceSpec("submission-service", ports.submission(), null, true, false),
                new ServiceSpec("aggregation-service", ports.aggregation(), "aggregation", false, false),
                new ServiceSpec("notification-service", ports.notification(), "notification", false, true),
                new ServiceSpec("gateway", ports.gateway(), null, false, false));
    }

    /** Environment variable with extra JVM options for every service; {@code {service}} becomes the module name. */
    static final String EXTRA_JVM_OPTIONS = "NQ57_SERVICE_JVM_OPTIONS";

    /**
     * The services' JVM options: a small serial-GC heap, bounded metaspace, code cache and thread
     * stacks, no per-thread cache of NIO's temporary direct buffers above 256 KiB (a Kafka consumer
     * catching up reads fetch responses of megabytes into heap buffers through one, which the thread
     * would keep for its life), then the extra options (e.g. a JFR recording per service:
     * {@code -XX:StartFlightRecording=filename=/tmp/{service}.jfr}).
     *
     * <p>The heap grows only when less than 10 % of it is free after a collection, and gives back what
     * is over 30 % (the JVM's defaults are 40 and 70 %). After a national burst notification-service
     * had 114 MB of heap committed and 310–311 MiB of RSS; with these bounds 290 MiB, submission-service
     * 235 instead of 264–268, for about 2 CPU-s more of submission-service's collector in the burst
     * (docs/benchmarks.md, eleventh session).
     */
    static List<String> jvmOptions(String module, String extra) {
        List<String> options = new java.util.ArrayList<>(List.of("-Xms64m", "-Xmx200m", "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
                "-XX:TieredStopAtLevel=1", "-Djdk.nio.maxCachedBufferSize=262144", "-Dfile.encoding=UTF-8"));
        if (extra != null && !extra.isBlank()) {
            for (String option : extra.trim().split("\\s+")) {
                options.add(option.replace("{service}", module));
            }
        }
        return options;
    }

    /** Configuration as Quarkus system properties: the same keys whatever env names a service reads. */
    Map<String, String> systemProperties(PlatformEndpoints endpoints) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", String.valueOf(port));
        props.put("quarkus.http.host", "0.0.0.0");
        props.put("kafka.bootstrap.servers", endpoints.kafkaBootstrap());
        props.put("quarkus.oidc.auth-server-url", endpoints.oidcIssuer());
        props.put("nq57.demo-data", "true");
        // text log lines (the prod profile's are JSON) in the logs/ files a developer reads
        props.put("nq57.log.console.json", "false");
        // Traces are exported only when a collector is named; the services inherit the variable.
        String otlp = System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
        props.put("quarkus.otel.sdk.disabled", String.valueOf(otlp == null || otlp.isBlank()));
        if (database != null) {
            props.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + endpoints.postgresPort() + "/" + database);
            props.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + endpoints.postgresPort() + "/" + database);
            props.put("quarkus.datasource.username", "postgres");
            props.put("quarkus.datasource.password", "postgres");
        }
        if (mongo) {
            props.put("quarkus.mongodb.connection-string", endpoints.mongoUrl());
        }
        if (smtp) {
            props.put("quarkus.mailer.host", "127.0.0.1");
            props.put("quarkus.mailer.port", String.valueOf(endpoints.smtpPort()));
            props.put("quarkus.mailer.mock", "false");
            props.put("quarkus.mailer.start-tls", "DISABLED");
        }
        return props;
    }

    /**
     * Environment of every service: backend addresses for the gateway, the values the {@code prod}
     * profile (which the jars run in) requires without a default, and two glibc malloc arenas instead
     * of up to 8 per core (native memory the heap limit does not bound; the Dockerfiles set the same).
     */
    static Map<String, String> environment(PlatformPorts ports) {
        return Map.ofEntries(
                Map.entry("PLAN_SERVICE_URL", "http://localhost:" + ports.plan()),
                Map.entry("SUBMISSION_SERVICE_URL", "http://localhost:" + ports.submission()),
                Map.entry("AGGREGATION_SERVICE_URL", "http://localhost:" + ports.aggregation()),
                Map.entry("NOTIFICATION_SERVICE_URL", "http://localhost:" + ports.notification()),
                Map.entry("KEYCLOAK_PUBLIC_URL", "http://localhost:" + ports.keycloak()),
                Map.entry("GATEWAY_CORS_ORIGINS", "http://localhost:3000,http://localhost:5173,capacitor://localhost,http://localhost"),
                Map.entry("GATEWAY_BEHIND_PROXY", "false"),
                Map.entry("PLAN_DB_PASSWORD", "postgres"),
                Map.entry("AGGREGATION_DB_PASSWORD", "postgres"),
                Map.entry("NOTIFICATION_DB_PASSWORD", "postgres"),
                Map.entry("MALLOC_ARENA_MAX", "2"));
    }
}
