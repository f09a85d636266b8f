package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.nq57.contracts.events.Topics;

/** docker-compose.yml runs the whole platform on real images, started in health order. */
class ComposeTest {

    private static final Set<String> CONDITIONS = Set.of("service_healthy", "service_completed_successfully");

    @Test
    void theInfrastructureRunsOnTheAgreedImages() {
        assertTrue(image("postgres").startsWith("postgres:17"), image("postgres"));
        assertTrue(image("mongodb").startsWith("mongo:8"), image("mongodb"));
        assertEquals("apache/kafka:4.1.1", image("kafka"));
        assertTrue(image("keycloak").startsWith("quay.io/keycloak/keycloak:26."), image("keycloak"));
        assertTrue(image("mailpit").startsWith("axllent/mailpit"), image("mailpit"));
    }

    @Test
    void postgresCreatesTheServiceDatabasesOnFirstStart() {
        assertTrue(mounts("postgres").stream().anyMatch(m -> m.endsWith("deploy/compose/postgres-init.sql:/docker-entrypoint-initdb.d/10-databases.sql:ro")),
                "the init script is mounted into docker-entrypoint-initdb.d: " + mounts("postgres"));
        String script = Repo.read("deploy/compose/postgres-init.sql");
        for (String database : List.of("plan", "notification", "aggregation")) {
            assertTrue(script.contains("CREATE DATABASE " + database + " OWNER " + database), "database " + database);
            String url = "postgres:5432/" + database;
            assertTrue(Compose.config().path("services").toString().contains(url), "a service connects to " + url);
        }
    }

    @Test
    void mongodbIsASingleNodeReplicaSetInitiatedByItsHealthcheck() {
        JsonNode mongodb = Compose.service("mongodb");
        assertTrue(mongodb.path("command").toString().contains("--replSet"), "mongod starts as a replica set member");
        assertTrue(mongodb.path("healthcheck").path("test").toString().contains("rs.initiate"), "the healthcheck initiates the set");
        assertTrue(Compose.service("submission-service").path("environment").path("QUARKUS_MONGODB_CONNECTION_STRING").asText()
                .contains("replicaSet="), "submission-service connects to the replica set");
    }

    @Test
    void kafkaRunsInKraftModeAndTheTopicsAreCreatedWithTheirRetention() {
        JsonNode environment = Compose.service("kafka").path("environment");
        assertEquals("broker,controller", environment.path("KAFKA_PROCESS_ROLES").asText(), "single-node KRaft");
        assertFalse(environment.has("KAFKA_ZOOKEEPER_CONNECT"), "no ZooKeeper");

        Map<String, String> created = new TreeMap<>();
        String script = String.join("\n", strings(Compose.service("kafka-topics").path("command")));
        Matcher matcher = Pattern.compile("(?m)^create (nq57\\.[a-z]+\\.v[0-9]+) (\\S+)$").matcher(script);
        while (matcher.find()) {
            created.put(matcher.group(1), matcher.group(2));
        }
        assertEquals(Map.of(
                Topics.UNITS, "cleanup.policy=compact",
                Topics.PLANS, "cleanup.policy=compact",
                Topics.ROUNDS, "retention.ms=-1",
                Topics.REPORTS, "retention.ms=-1"), created, "the same layout as deploy/k8s/base/kafka-topics.yaml");
    }

    @Test
    void keycloakImportsTheRealmExport() {
        JsonNode keycloak = Compose.service("keycloak");
        assertEquals(List.of("start-dev", "--import-realm"), strings(keycloak.path("command")));
        assertTrue(mounts("keycloak").stream().anyMatch(m ->
                        m.contains("/deploy/keycloak/nq57-realm.json:/opt/keycloak/data/import/nq57-realm.json")),
                "the realm export deploy/keycloak/nq57-realm.json is mounted for --import-realm: " + mounts("keycloak"));
    }

    @Test
    void mailpitCatchesSmtpAndShowsItOnTheWeb() {
        List<String> published = new ArrayList<>();
        Compose.service("mailpit").path("ports").forEach(port -> published.add(port.path("target").asText()));
        assertTrue(published.containsAll(List.of("1025", "8025")), "SMTP 1025 and web 8025: " + published);
        JsonNode environment = Compose.service("notification-service").path("environment");
        assertEquals("mailpit", environment.path("QUARKUS_MAILER_HOST").asText());
        assertEquals("1025", environment.path("QUARKUS_MAILER_PORT").asText());
    }

    @Test
    void everyApplicationIsBuiltFromItsOwnDockerfileAtTheRepositoryRoot() {
        for (String service : Repo.SERVICES.keySet()) {
            JsonNode build = Compose.service(service).path("build");
            assertEquals(service + "/Dockerfile", build.path("dockerfile").asText(), service);
            assertEquals(Repo.root().toString(), Path.of(build.path("context").asText()).normalize().toString(),
                    service + " builds with the repository root as context");
        }
        List<String> published = new ArrayList<>();
        Repo.SERVICES.keySet().forEach(service ->
                Compose.service(service).path("ports").forEach(port -> published.add(service + ":" + port.path("published").asText())));
        assertEquals(List.of("gateway:8080"), published, "only the gateway is published, as in Kubernetes");
    }

    @Test
    void everyDependencyWaitsForHealthAndEveryAwaitedServiceHasAHealthcheck() {
        Iterator<Map.Entry<String, JsonNode>> services = Compose.config().path("services").properties().iterator();
        while (services.hasNext()) {
            Map.Entry<String, JsonNode> service = services.next();
            JsonNode dependsOn = service.getValue().path("depends_on");
            dependsOn.properties().forEach(dependency -> {
                String condition = dependency.getValue().path("condition").asText();
                assertTrue(CONDITIONS.contains(condition), service.getKey() + " -> " + dependency.getKey() + ": " + condition);
                if ("service_healthy".equals(condition)) {
                    String target = dependency.getKey();
                    boolean healthchecked = Compose.service(target).has("healthcheck")
                            || Repo.SERVICES.containsKey(target) && !DockerfileTest.parse(target).stream()
                            .filter(i -> i.keyword().equals("HEALTHCHECK")).findAny().isEmpty();
                    assertTrue(healthchecked, target + " is awaited as healthy but has no healthcheck");
                }
            });
        }
        JsonNode gateway = Compose.service("gateway").path("depends_on");
        for (String service : Repo.SERVICES.keySet()) {
            if (!Repo.GATEWAY.equals(service)) {
                assertEquals("service_healthy", gateway.path(service).path("condition").asText(), "gateway waits for " + service);
            }
        }
    }

    @Test
    void stateLivesInNamedVolumesAndConfigurationInTheEnvironment() {
        Set<String> declared = new HashSet<>();
        Compose.config().path("volumes").fieldNames().forEachRemaining(declared::add);
        for (String stateful : List.of("postgres", "mongodb", "kafka")) {
            List<String> named = mounts(stateful).stream()
                    .filter(m -> !m.startsWith("/") && !m.startsWith("."))
                    .map(m -> m.substring(0, m.indexOf(':')))
                    .toList();
            assertFalse(named.isEmpty(), stateful + " keeps its data in a named volume");
            assertTrue(declared.containsAll(named), stateful + " uses undeclared volumes " + named);
        }
        Iterator<Map.Entry<String, JsonNode>> services = Compose.config().path("services").properties().iterator();
        while (services.hasNext()) {
            Map.Entry<String, JsonNode> service = services.next();
            assertFalse(service.getValue().has("env_file"), service.getKey() + ": configuration is inline environment only");
            if (Repo.SERVICES.containsKey(service.getKey())) {
                assertTrue(mounts(service.getKey()).isEmpty(), service.getKey() + " mounts no configuration files");
                assertTrue(service.getValue().path("read_only").asBoolean(), service.getKey() + " runs on a read-only root filesystem");
            }
        }
    }

    private static String image(String service) {
        return Compose.service(service).path("image").asText();
    }

    private static List<String> mounts(String service) {
        List<String> mounts = new ArrayList<>();
        Compose.service(service).path("volumes").forEach(volume -> mounts.add(volume.asText()));
        return mounts;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
