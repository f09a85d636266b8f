package vn.nq57.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nq57.gateway.GatewayConfig;

/**
 * Merges the services' OpenAPI documents into one. Paths are taken as they are (they already
 * carry {@code /api/v1/...}); a component whose name another service already used for a different
 * definition is renamed {@code <service>_<Name>} and the service's references follow it. The
 * services' own security schemes are replaced by the realm's OAuth2 login, which is what the
 * gateway checks.
 */
public final class OpenApiMerger {

    static final String OAUTH_SCHEME = "keycloak";
    static final String BEARER_SCHEME = "bearer";
    private static final String COMPONENTS_PREFIX = "#/components/";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private final ObjectMapper mapper;
    private final GatewayConfig.OpenApi config;

    public OpenApiMerger(ObjectMapper mapper, GatewayConfig.OpenApi config) {
        this.mapper = mapper;
        this.config = config;
    }

    /** A service's document, or why it is missing. */
    public record Source(String service, JsonNode document, String missingReason) {
    }

    public ObjectNode merge(List<Source> sources) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", "3.0.3");
        ObjectNode paths = mapper.createObjectNode();
        ObjectNode components = mapper.createObjectNode();
        Map<String, ObjectNode> tags = new java.util.LinkedHashMap<>();
        List<String> included = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Source source : sources) {
            if (source.document() == null || !source.document().isObject()) {
                notes.add("- **" + source.service() + "** is left out: " + source.missingReason());
                continue;
            }
            ObjectNode document = source.document().deepCopy();
            Map<String, String> renames = renamedComponents(source.service(), document, components, notes);
            rewriteRefs(document, renames);
            String openapiVersion = document.path("openapi").asText("");
            if (openapiVersion.startsWith("3.1")) {
                merged.put("openapi", openapiVersion);
            }
            mergeComponents(document, components, renames);
            document.path("paths").fields().forEachRemaining(entry -> {
                if (paths.has(entry.getKey())) {
                    notes.add("- path `" + entry.getKey() + "` of **" + source.service()
                            + "** is hidden by another service's");
                } else {
                    paths.set(entry.getKey(), withGatewaySecurity(entry.getValue()));
                }
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag));
            included.add(source.service());
        }
        addGatewayPaths(paths, tags, sources.stream().map(Source::service).toList());
        merged.set("info", info(included, notes, merged.path("openapi").asText()));
        ArrayNode servers = merged.putArray("servers");
        servers.addObject().put("url", config.serverUrl().orElse("/"));
        if (!tags.isEmpty()) {
            ArrayNode tagArray = merged.putArray("tags");
            tags.values().forEach(tagArray::add);
        }
        merged.set("paths", paths);
        components.set("securitySchemes", securitySchemes());
        merged.set("components", components);
        merged.set("security", gatewaySecurity());
        return merged;
    }

    /** The gateway's own public operations: health of the platform and of each service. */
    private void addGatewayPaths(ObjectNode paths, Map<String, ObjectNode> tags, List<String> services) {
        ObjectNode tag = mapper.createObjectNode();
        tag.put("name", "Gateway");
        tag.put("description", "Health (public), metrics and dead letters of the platform through the gateway");
        tags.putIfAbsent("Gateway", tag);

        ObjectNode summary = paths.putObject("/api/v1/platform/health").putObject("get");
        summary.putArray("tags").add("Gateway");
        summary.put("operationId", "getPlatformHealth");
        summary.put("summary", "Readiness of every service behind the gateway");
        summary.putArray("security");
        ObjectNode summaryResponses = summary.putObject("responses");
        summaryResponses.putObject("200").put("description", "Every service is ready");
        summaryResponses.putObject("503").put("description", "At least one service is down; the body names it");

        ObjectNode service = paths.putObject("/api/v1/platform/health/{service}").putObject("get");
        service.putArray("tags").add("Gateway");
        service.put("operationId", "getServiceHealth");
        service.put("summary", "A service's own /q/health, relayed (also .../live, .../ready, .../started)");
        service.putArray("security");
        ObjectNode parameter = service.putArray("parameters").addObject();
        parameter.put("name", "service").put("in", "path").put("required", true);
        ObjectNode schema = parameter.putObject("schema");
        schema.put("type", "string");
        ArrayNode names = schema.putArray("enum");
        services.forEach(names::add);
        ObjectNode responses = service.putObject("responses");
        responses.putObject("200").put("description", "The service is up (its health document)");
        responses.putObject("503").put("description", "The service is down or unreachable");
        responses.putObject("404").put("description", "No such service");
        addOperatorPaths(paths, names);
    }

    /** The gateway's own operations behind a role: service metrics and dead letters. */
    private void addOperatorPaths(ObjectNode paths, ArrayNode serviceNames) {
        ObjectNode metrics = paths.putObject("/api/v1/platform/metrics/{service}").putObject("get");
        metrics.putArray("tags").add("Gateway");
        metrics.put("operationId", "getServiceMetrics");
        metrics.put("summary", "A service's Prometheus /q/metrics, relayed (city-admin or platform-operator)");
        ObjectNode parameter = metrics.putArray("parameters").addObject();
        parameter.put("name", "service").put("in", "path").put("required", true);
        parameter.putObject("schema").put("type", "string").set("enum", serviceNames.deepCopy());
        roleResponses(metrics.putObject("responses")).putObject("200").put("description", "Prometheus text");

        ObjectNode list = paths.putObject("/api/v1/platform/dead-letters").putObject("get");
        list.putArray("tags").add("Gateway");
        list.put("operationId", "listDeadLetters");
        list.put("summary", "Records parked on the <topic>.dlq topics, oldest first (platform-operator)");
        ArrayNode query = list.putArray("parameters");
        query.addObject().put("name", "topic").put("in", "query").putObject("schema").put("type", "string");
        query.addObject().put("name", "offset").put("in", "query").putObject("schema")
                .put("type", "integer").put("minimum", 0).put("default", 0);
        query.addObject().put("name", "limit").put("in", "query").putObject("schema")
                .put("type", "integer").put("minimum", 1).put("maximum", 100).put("default", 20);
        ObjectNode listResponses = roleResponses(list.putObject("responses"));
        listResponses.putObject("200").put("description", "A page of parked records");
        listResponses.putObject("400").put("description", "Unknown topic, or offset/limit out of bounds");

        ObjectNode replay = paths.putObject("/api/v1/platform/dead-letters/{id}/replay").putObject("post");
        replay.putArray("tags").add("Gateway");
        replay.put("operationId", "replayDeadLetter");
        replay.put("summary", "Re-publish a parked record to its original topic (platform-operator)");
        replay.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        ObjectNode replayResponses = roleResponses(replay.putObject("responses"));
        replayResponses.putObject("202").put("description", "Sent to the original topic");
        replayResponses.putObject("404").put("description", "No such parked record");
    }

    private static ObjectNode roleResponses(ObjectNode responses) {
        responses.putObject("401").put("description", "No valid token");
        responses.putObject("403").put("description", "The caller's role may not do this");
        return responses;
    }

    private ObjectNode info(List<String> included, List<String> notes, String openapiVersion) {
        ObjectNode info = mapper.createObjectNode();
        info.put("title", config.title());
        info.put("version", config.version());
        StringBuilder description = new StringBuilder(
                "One entry point for the NQ57 services (Nghị quyết 57-NQ/TW). Services included: ")
                .append(included.isEmpty() ? "none" : String.join(", ", included)).append('.');
        if (!notes.isEmpty()) {
            description.append("\n\nNotes:\n").append(String.join("\n", notes));
        }
        info.put("description", description.toString());
        ObjectNode contact = info.putObject("contact").put("name", config.contactName());
        config.contactUrl().ifPresent(url -> contact.put("url", url));
        config.contactEmail().ifPresent(email -> contact.put("email", email));
        ObjectNode license = info.putObject("license").put("name", config.licenseName());
        config.licenseUrl().ifPresentOrElse(url -> license.put("url", url), () -> {
            if (openapiVersion.startsWith("3.1")) {
                license.put("identifier", config.licenseIdentifier());
            }
        });
        return info;
    }

    /** Chooses new names for this service's components that clash with different ones merged before. */
    private Map<String, String> renamedComponents(String service, ObjectNode document, ObjectNode merged,
            List<String> notes) {
        Map<String, String> renames = new HashMap<>();
        document.path("components").fields().forEachRemaining(section -> {
            if ("securitySchemes".equals(section.getKey()) || !section.getValue().isObject()) {
                return;
            }
            JsonNode existing = merged.path(section.getKey());
            section.getValue().fields().forEachRemaining(component -> {
                JsonNode other = existing.get(component.getKey());
                if (other != null && !other.equals(component.getValue())) {
                    String renamed = service + "_" + component.getKey();
                    renames.put(COMPONENTS_PREFIX + section.getKey() + "/" + component.getKey(),
                            COMPONENTS_PREFIX + section.getKey() + "/" + renamed);
                    notes.add("- " + section.getKey() + " `" + component.getKey() + "` of **" + service
                            + "** differs from another service's and is named `" + renamed + "`");
                }
            });
        });
        return renames;
    }

    private void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private void mergeComponents(ObjectNode document, ObjectNode merged, Map<String, String> renames) {
        document.path("components").fields().forEachRemaining(section -> {
            if ("securitySchemes".equals(section.getKey()) || !section.getValue().isObject()) {
                return;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            String prefix = COMPONENTS_PREFIX + section.getKey() + "/";
            section.getValue().fields().forEachRemaining(component -> {
                String renamed = renames.get(prefix + component.getKey());
                String name = renamed == null ? component.getKey() : renamed.substring(prefix.length());
                if (!target.has(name)) {
                    target.set(name, component.getValue());
                }
            });
        });
    }

    /** Operations that name their own security requirements point at the gateway's schemes instead. */
    private JsonNode withGatewaySecurity(JsonNode pathItem) {
        if (!pathItem.isObject()) {
            return pathItem;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = pathItem.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> operation = fields.next();
            if (OPERATIONS.contains(operation.getKey()) && operation.getValue().isObject()) {
                ObjectNode op = (ObjectNode) operation.getValue();
                JsonNode security = op.get("security");
                if (security != null && security.isArray() && !security.isEmpty()) {
                    op.set("security", gatewaySecurity(scopes(security)));
                }
            }
        }
        return pathItem;
    }

    private Set<String> scopes(JsonNode security) {
        Set<String> scopes = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.elements()
                .forEachRemaining(list -> list.forEach(scope -> scopes.add(scope.asText()))));
        return scopes;
    }

    private ArrayNode gatewaySecurity() {
        return gatewaySecurity(Set.of());
    }

    private ArrayNode gatewaySecurity(Set<String> scopes) {
        ArrayNode security = mapper.createArrayNode();
        ArrayNode oauthScopes = security.addObject().putArray(OAUTH_SCHEME);
        scopes.forEach(oauthScopes::add);
        security.addObject().putArray(BEARER_SCHEME);
        return security;
    }

    private ObjectNode securitySchemes() {
        String realm = trimSlash(config.keycloakUrl()) + "/realms/" + config.realm() + "/protocol/openid-connect";
        ObjectNode schemes = mapper.createObjectNode();
        ObjectNode oauth = schemes.putObject(OAUTH_SCHEME);
        oauth.put("type", "oauth2");
        oauth.put("description", "Log in with Keycloak (realm " + config.realm() + ", client "
                + config.clientId() + "), authorization code with PKCE");
        ObjectNode code = oauth.putObject("flows").putObject("authorizationCode");
        code.put("authorizationUrl", realm + "/auth");
        code.put("tokenUrl", realm + "/token");
        code.put("refreshUrl", realm + "/token");
        code.putObject("scopes").put("openid", "OpenID Connect").put("profile", "Profile").put("email", "Email");
        ObjectNode bearer = schemes.putObject(BEARER_SCHEME);
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("bearerFormat", "JWT");
        bearer.put("description", "An access token of realm " + config.realm() + " pasted by hand");
        return schemes;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
