package vn.nq57.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Points a service under test at the JVM's real servers. Init args: {@code servers}, a comma list
 * of {@code postgres, kafka, mongo, oidc, smtp} (default {@code postgres,kafka,oidc}), and
 * {@code database}, the PostgreSQL database of the service. Servers start once per JVM and stop
 * when it exits, so restarts of the application between test classes cost nothing.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private Set<String> servers = Set.of("postgres", "kafka", "oidc");
    private String database = "app";

    @Override
    public void init(Map<String, String> args) {
        if (args.containsKey("servers")) {
            servers = Arrays.stream(args.get("servers").split(",")).map(String::trim).collect(Collectors.toSet());
        }
        database = args.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        if (servers.contains("postgres")) {
            String jdbc = Infra.database(database);
            config.put("quarkus.datasource.jdbc.url", jdbc);
            config.put("quarkus.datasource.reactive.url", jdbc.substring("jdbc:".length()));
            config.put("quarkus.datasource.username", PostgresServer.USER);
            config.put("quarkus.datasource.password", "postgres");
        }
        if (servers.contains("kafka")) {
            config.put("kafka.bootstrap.servers", Infra.kafkaBootstrap());
        }
        if (servers.contains("mongo")) {
            config.put("quarkus.mongodb.connection-string", Infra.mongoUrl());
        }
        if (servers.contains("oidc")) {
            config.put("quarkus.oidc.auth-server-url", Infra.oidcIssuer());
        }
        if (servers.contains("smtp")) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(Infra.smtpPort()));
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.start-tls", "DISABLED");
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers are shared by every application start in this JVM; Infra stops them at exit.
    }
}
