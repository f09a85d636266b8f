package vn.nq57.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations of the merged OpenAPI document that the gateway serves. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private OpenApiOperations() {
    }

    /** One operation: method, path template, declared header and required query parameters, body types, open to all. */
    record ApiOperation(String operationId, String method, String path, Set<String> headers, Set<String> requiredQuery,
            List<String> bodyTypes, boolean open) {

        boolean needsIfMatch() {
            return headers.contains("if-match");
        }

        boolean reads() {
            return "GET".equals(method);
        }

        /** A server-sent event stream: its answer has no end. */
        boolean stream() {
            return reads() && path.endsWith("/stream");
        }
    }

    static List<ApiOperation> fromGateway() {
        String json = RestAssured.given().get("/api/openapi.json").then().statusCode(200).extract().asString();
        try {
            return parse(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ApiOperation> parse(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode node = op.getValue();
                Set<String> headers = new TreeSet<>();
                Set<String> query = new TreeSet<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                node.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String in = parameter.path("in").asText();
                    if ("header".equals(in)) {
                        headers.add(parameter.path("name").asText().toLowerCase(java.util.Locale.ROOT));
                    } else if ("query".equals(in) && parameter.path("required").asBoolean()) {
                        query.add(parameter.path("name").asText());
                    }
                }
                List<String> types = new ArrayList<>();
                node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
                String id = node.path("operationId").asText(op.getKey().toUpperCase() + " " + path.getKey());
                operations.add(new ApiOperation(id, op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), headers,
                        query, types, node.path("security").isArray() && node.path("security").isEmpty()));
            }
        }
        return operations;
    }
}
