package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.contracts.security.Roles;

/**
 * The Keycloak realm: production ({@code deploy/keycloak/nq57-realm.json}) holds roles, clients and
 * mappers only; the demo realm that the local platform and the end-to-end tests import adds the
 * demo users, dev secrets and the password-grant client on top.
 */
class RealmTest {

    static final String PRODUCTION = "deploy/keycloak/nq57-realm.json";
    static final String DEMO = "deploy/keycloak/dev/nq57-realm-demo.json";
    static final String AUDIENCE = "nq57-platform";

    /** Keycloak resolves {@code ${ENV_VAR}} from the environment when it imports the realm. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

    @Test
    void productionHasNoUsersNoLiteralSecretsAndNoPasswordGrant() {
        JsonNode realm = realm(PRODUCTION);
        assertTrue(realm.path("users").isMissingNode() || realm.path("users").isEmpty(), "production imports no users");
        assertFalse(Repo.read(PRODUCTION).contains("\"credentials\""), "no credentials of any user");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false), id + " allows the password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), id + " allows the implicit flow");
            if (client.has("secret")) {
                assertTrue(PLACEHOLDER.matcher(client.path("secret").asText()).matches(),
                        id + ": the secret comes from the environment at import time, not from the file");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertFalse(uri.asText().contains("localhost") || uri.asText().contains("127.0.0.1"),
                        id + " redirects to " + uri.asText() + " in production");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PRODUCTION, DEMO})
    void everyClientIssuesTokensForThePlatformAudience(String file) {
        for (JsonNode client : realm(file).path("clients")) {
            boolean audience = false;
            for (JsonNode mapper : client.path("protocolMappers")) {
                audience |= "oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                        && AUDIENCE.equals(mapper.at("/config/included.custom.audience").asText())
                        && mapper.at("/config/access.token.claim").asBoolean(false);
            }
            assertTrue(audience, file + ": " + client.path("clientId").asText() + " has no audience mapper for " + AUDIENCE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PRODUCTION, DEMO})
    void theIntegrationClientCarriesItsProvinceAndRole(String file) {
        JsonNode egov = client(realm(file), "nq57-egov");
        JsonNode province = mapper(egov, "oidc-hardcoded-claim-mapper");
        assertEquals("province_code", province.at("/config/claim.name").asText());
        assertTrue(province.at("/config/access.token.claim").asBoolean(false));
        String value = province.at("/config/claim.value").asText();
        if (PRODUCTION.equals(file)) {
            assertEquals("${NQ57_PROVINCE_CODE}", value, "each city sets its province when it imports the realm");
        } else {
            assertEquals("31", value, "the demo integration client is Hải Phòng's");
        }
        assertEquals(Roles.INTEGRATION, mapper(egov, "oidc-hardcoded-role-mapper").at("/config/role").asText());
        assertTrue(egov.path("serviceAccountsEnabled").asBoolean(false));
        assertFalse(egov.path("publicClient").asBoolean(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {PRODUCTION, DEMO})
    void everyRoleTheServicesCheckExists(String file) {
        assertTrue(roleNames(realm(file)).containsAll(Set.of(Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.UNIT_OFFICER,
                Roles.INTEGRATION, Roles.PLATFORM_OPERATOR)), file + " roles " + roleNames(realm(file)));
    }

    @Test
    void theDemoRealmIsTheProductionRealmPlusDemoAccounts() {
        JsonNode production = realm(PRODUCTION);
        JsonNode demo = realm(DEMO);
        assertEquals(production.path("realm").asText(), demo.path("realm").asText());
        assertTrue(roleNames(demo).containsAll(roleNames(production)), "demo roles cover production's");
        Map<String, Set<String>> demoMappers = mappersByClient(demo);
        mappersByClient(production).forEach((client, mappers) -> {
            assertTrue(demoMappers.containsKey(client), "the demo realm lacks client " + client);
            assertTrue(demoMappers.get(client).containsAll(mappers),
                    "demo " + client + " mappers " + demoMappers.get(client) + " lack some of " + mappers);
        });
        assertTrue(client(demo, "nq57-cli").path("directAccessGrantsEnabled").asBoolean(false),
                "scripts and the end-to-end tests log in with the password grant");
        Map<String, List<String>> users = new TreeMap<>();
        demo.path("users").forEach(user -> {
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            users.put(user.path("username").asText(), roles);
        });
        assertEquals(List.of(Roles.PLATFORM_OPERATOR), users.get("platform.operator"));
        assertEquals(List.of(Roles.CITY_ADMIN, Roles.CITY_STAFF), users.get("hp.admin"));
        assertEquals("egov-dev-secret", client(demo, "nq57-egov").path("secret").asText());
    }

    @Test
    void productionDocsAndComposeImportTheProductionRealmOnly() {
        String operations = Repo.read("docs/operations.md");
        assertTrue(operations.contains(PRODUCTION));
        assertTrue(operations.contains("`NQ57_EGOV_CLIENT_SECRET`") && operations.contains("`NQ57_PROVINCE_CODE`"),
                "docs/operations.md explains the realm's placeholders");
        assertFalse(operations.contains("nq57-realm-demo"), "production documentation imports no demo identities");
        assertFalse(Repo.read("docker-compose.yml").contains("nq57-realm-demo"));
        assertTrue(Repo.read("dev-stack/src/main/java/vn/nq57/devstack/KeycloakServer.java").contains(DEMO),
                "./platform.sh imports the demo realm");
    }

    private static JsonNode realm(String file) {
        try {
            return new ObjectMapper().readTree(Repo.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not JSON", e);
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (type.equals(mapper.path("protocolMapper").asText())) {
                return mapper;
            }
        }
        throw new AssertionError(client.path("clientId").asText() + " has no " + type);
    }

    private static Set<String> roleNames(JsonNode realm) {
        Set<String> names = new TreeSet<>();
        realm.at("/roles/realm").forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    /** Client id to its mappers as {@code name/protocolMapper}. */
    private static Map<String, Set<String>> mappersByClient(JsonNode realm) {
        Map<String, Set<String>> result = new TreeMap<>();
        realm.path("clients").forEach(client -> {
            Set<String> mappers = new TreeSet<>();
            client.path("protocolMappers").forEach(m -> mappers.add(m.path("name").asText() + "/"
                    + m.path("protocolMapper").asText()));
            result.put(client.path("clientId").asText(), mappers);
        });
        return result;
    }
}
