package vn.nq57.apicontract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a document must keep for generated clients to be usable: every operation has an
 * {@code operationId}, unique in the document, and every 2xx JSON body has a typed schema (a
 * {@code $ref}, a scalar type, an object with properties, or an array of typed items), not the
 * {@code Object} a bare {@code Response} gives.
 */
final class ContractRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private ContractRules() {
    }

    /** One line per offence, naming the operation as {@code METHOD path}. */
    static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String operation = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = entry.getValue();
            String id = op.path("operationId").asText("");
            if (id.isBlank()) {
                violations.add(operation + ": no operationId");
            } else {
                String other = owners.putIfAbsent(id, operation);
                if (other != null) {
                    violations.add(operation + ": operationId " + id + " is also used by " + other);
                }
            }
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(content -> {
                        if (isJson(content.getKey()) && !typed(content.getValue().get("schema"))) {
                            violations.add(operation + ": " + response.getKey() + " " + content.getKey()
                                    + " body has no typed schema");
                        }
                    });
                }
            });
        }));
        return violations;
    }

    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase();
        return type.startsWith("application/json") || type.contains("+json");
    }

    static boolean typed(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return false;
        }
        if (schema.hasNonNull("$ref")) {
            return true;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode parts = schema.path(combinator);
            if (parts.isArray() && !parts.isEmpty()) {
                for (JsonNode part : parts) {
                    if (!typed(part)) {
                        return false;
                    }
                }
                return true;
            }
        }
        String type = typeOf(schema);
        return switch (type) {
            case "array" -> typed(schema.get("items"));
            case "object" -> schema.path("properties").size() > 0 || typedValues(schema.get("additionalProperties"));
            case "" -> false;
            default -> true;
        };
    }

    /** A map's values must be typed too; {@code additionalProperties: true} is an untyped map. */
    private static boolean typedValues(JsonNode additional) {
        return additional != null && additional.isObject() && typed(additional);
    }

    /** OpenAPI 3.1 allows {@code type: [object, "null"]}: the non-null member counts. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            for (JsonNode member : type) {
                if (!"null".equals(member.asText())) {
                    return member.asText();
                }
            }
            return "";
        }
        return type.asText();
    }
}
