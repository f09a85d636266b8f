package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Creates the bench's users in the platform's Keycloak through the admin REST API: one officer per
 * unit (attribute {@code unit_code}) and one admin per province ({@code province_code}), each in a
 * group that carries its realm roles, and fetches their tokens with the password grant.
 */
final class KeycloakAdmin {

    static final String PASSWORD = "bench";
    static final String OFFICERS = "bench-unit-officers";
    static final String CITY_ADMINS = "bench-city-admins";
    private static final int IMPORT_BATCH = 250;

    private final Http http;
    private final BenchConfig config;
    private String adminToken;
    private long adminTokenAt;

    KeycloakAdmin(Http http, BenchConfig config) {
        this.http = http;
        this.config = config;
    }

    /**
     * Lets the realm keep the bench's user attributes and hash bench passwords cheaply: the bench
     * logs in thousands of users, and a production-strength hash would measure Keycloak, not the
     * platform. Only for the local platform's disposable realm.
     */
    void prepareRealm() {
        JsonNode profile = http.get(admin("/users/profile"), token()).expectOk("user profile").json();
        ((ObjectNode) profile).put("unmanagedAttributePolicy", "ENABLED");
        http.send("PUT", admin("/users/profile"), token(), "application/json", Http.toJson(profile), Map.of())
                .expectOk("user profile update");
        http.send("PUT", admin(""), token(), "application/json",
                Http.toJson(Map.of("passwordPolicy", "hashIterations(1)")), Map.of()).expectOk("password policy");
        ensureGroup(OFFICERS, List.of("unit-officer"));
        ensureGroup(CITY_ADMINS, List.of("city-admin", "city-staff"));
    }

    /**
     * Creates the officers of these units that do not exist yet, {@value #IMPORT_BATCH} per partial
     * import (one admin request per batch instead of one per user: 3,321 users in seconds).
     */
    void ensureOfficers(List<String> unitCodes) {
        for (int from = 0; from < unitCodes.size(); from += IMPORT_BATCH) {
            List<Map<String, Object>> users = unitCodes.subList(from, Math.min(unitCodes.size(), from + IMPORT_BATCH))
                    .stream().map(code -> user(officerName(code), Map.of("unit_code", List.of(code)), OFFICERS))
                    .toList();
            http.postJson(admin("/partialImport"), token(), Map.of("ifResourceExists", "SKIP", "users", users), Map.of())
                    .expectOk("partial import of " + users.size() + " officers");
        }
    }

    void ensureCityAdmin(String provinceCode) {
        ensureUser(adminName(provinceCode), Map.of("province_code", List.of(provinceCode)), CITY_ADMINS);
    }

    /** A city staff member of a province (the wide-round readers: the gateway limits each account's rate). */
    void ensureReader(String provinceCode, int number) {
        ensureUser(readerName(provinceCode, number), Map.of("province_code", List.of(provinceCode)), CITY_ADMINS);
    }

    static String readerName(String provinceCode, int number) {
        return "bench.reader." + provinceCode + "." + number;
    }

    static String officerName(String unitCode) {
        return "bench." + unitCode;
    }

    static String adminName(String provinceCode) {
        return "bench.admin." + provinceCode;
    }

    /** An access token for a bench user (password grant through the CLI client). */
    String userToken(String username) {
        return http.postForm(config.keycloak() + "/realms/" + config.realm() + "/protocol/openid-connect/token",
                        Map.of("grant_type", "password", "client_id", config.client(), "username", username,
                                "password", PASSWORD))
                .expectOk("token for " + username).json().path("access_token").asText();
    }

    private void ensureUser(String username, Map<String, List<String>> attributes, String group) {
        Map<String, Object> user = user(username, attributes, group);
        Http.Reply reply = http.postJson(admin("/users"), token(), user, Map.of());
        if (!reply.ok() && reply.status() != 409) {
            reply.expectOk("create user " + username);
        }
    }

    private static Map<String, Object> user(String username, Map<String, List<String>> attributes, String group) {
        return Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", "Bench", "lastName", username, "email", username + "@bench.invalid",
                "attributes", attributes, "groups", List.of("/" + group),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
    }

    private void ensureGroup(String name, List<String> roles) {
        JsonNode found = http.get(admin("/groups?exact=true&search=" + name), token()).expectOk("groups").json();
        String id = null;
        for (JsonNode group : found) {
            if (name.equals(group.path("name").asText())) {
                id = group.path("id").asText();
            }
        }
        if (id == null) {
            Http.Reply created = http.postJson(admin("/groups"), token(), Map.of("name", name), Map.of())
                    .expectOk("create group " + name);
            String location = created.header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        List<JsonNode> roleReps = roles.stream()
                .map(role -> http.get(admin("/roles/" + role), token()).expectOk("role " + role).json())
                .toList();
        http.postJson(admin("/groups/" + id + "/role-mappings/realm"), token(), roleReps, Map.of())
                .expectOk("map roles of " + name);
    }

    private String admin(String path) {
        return config.keycloak() + "/admin/realms/" + config.realm() + path;
    }

    /** The master realm's admin token, renewed well before its default 60 s lifetime ends. */
    private synchronized String token() {
        if (adminToken == null || System.currentTimeMillis() - adminTokenAt > 30_000) {
            adminToken = http.postForm(config.keycloak() + "/realms/master/protocol/openid-connect/token",
                            Map.of("grant_type", "password", "client_id", "admin-cli",
                                    "username", config.keycloakAdmin(), "password", config.keycloakAdminPassword()))
                    .expectOk("Keycloak admin token").json().path("access_token").asText();
            adminTokenAt = System.currentTimeMillis();
        }
        return adminToken;
    }
}
