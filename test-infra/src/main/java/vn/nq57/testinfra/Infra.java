package vn.nq57.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import vn.nq57.contracts.events.Topics;

/**
 * The servers of one test JVM, each started on first use and stopped when the JVM exits. Their
 * addresses are published as system properties, so code in any class loader of the JVM (Quarkus
 * loads tests and test resources apart) finds the same servers instead of starting new ones.
 */
public final class Infra {

    public static final String POSTGRES_PORT = "nq57.test.postgres.port";
    public static final String KAFKA_BOOTSTRAP = "nq57.test.kafka.bootstrap";
    public static final String MONGO_URL = "nq57.test.mongo.url";
    public static final String OIDC_ISSUER = "nq57.test.oidc.issuer";
    public static final String OIDC_KEY = "nq57.test.oidc.key";
    public static final String SMTP_PORT = "nq57.test.smtp.port";
    public static final String IMAP_PORT = "nq57.test.imap.port";

    private static final List<AutoCloseable> RUNNING = Collections.synchronizedList(new ArrayList<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Infra::stopAll, "nq57-infra-stop"));
    }

    private Infra() {
    }

    /** Port of the JVM's PostgreSQL server. */
    public static synchronized int postgresPort() {
        return Integer.parseInt(once(POSTGRES_PORT, () -> {
            PostgresServer pg = PostgresServer.start(0, tempDir("pg"), true);
            RUNNING.add(pg);
            return String.valueOf(pg.port());
        }));
    }

    /** Creates the database unless it exists and answers its JDBC URL. */
    public static String database(String name) {
        return PostgresServer.ensureDatabase(postgresPort(), name);
    }

    public static synchronized String kafkaBootstrap() {
        return once(KAFKA_BOOTSTRAP, () -> {
            KafkaBroker kafka = KafkaBroker.start(0, 0, tempDir("kafka").resolve("log"));
            kafka.createTopics(List.of(Topics.UNITS, Topics.PLANS, Topics.ROUNDS, Topics.REPORTS), 3);
            RUNNING.add(kafka);
            return kafka.bootstrapServers();
        });
    }

    public static synchronized String mongoUrl() {
        return once(MONGO_URL, () -> {
            MongoWireServer mongo = MongoWireServer.start(0);
            RUNNING.add(mongo);
            return mongo.connectionString();
        });
    }

    public static synchronized String oidcIssuer() {
        return once(OIDC_ISSUER, () -> {
            OidcIssuer oidc = OidcIssuer.start(0);
            RUNNING.add(oidc);
            System.setProperty(OIDC_KEY, oidc.signingKeyJson());
            return oidc.issuer();
        });
    }

    public static synchronized int smtpPort() {
        return Integer.parseInt(once(SMTP_PORT, () -> {
            SmtpServer smtp = SmtpServer.start(0, 0);
            RUNNING.add(smtp);
            System.setProperty(IMAP_PORT, String.valueOf(smtp.imapPort()));
            return String.valueOf(smtp.smtpPort());
        }));
    }

    private static String once(String property, Supplier<String> starter) {
        String value = System.getProperty(property);
        if (value == null) {
            value = starter.get();
            System.setProperty(property, value);
        }
        return value;
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("nq57-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopAll() {
        List<AutoCloseable> servers = new ArrayList<>(RUNNING);
        Collections.reverse(servers);
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Stopping " + server.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
