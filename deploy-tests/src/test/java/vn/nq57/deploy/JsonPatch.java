package vn.nq57.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** RFC 6902 JSON Patch, the operations the overlays use: add, replace, remove. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode document, JsonNode operations) {
        if (!operations.isArray()) {
            throw new IllegalArgumentException("a JSON patch is a list of operations: " + operations);
        }
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            List<String> tokens = tokens(path);
            JsonNode parent = document.at(pointer(tokens.subList(0, tokens.size() - 1)));
            String last = tokens.get(tokens.size() - 1);
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), path);
                case "replace" -> {
                    remove(parent, last, path);
                    add(parent, last, operation.get("value"), path);
                }
                case "remove" -> remove(parent, last, path);
                default -> throw new UnsupportedOperationException("JSON patch operation '" + op + "' is not implemented");
            }
        }
    }

    private static void add(JsonNode parent, String token, JsonNode value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("no value for " + path);
        }
        if (parent instanceof ObjectNode object) {
            object.set(token, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            if ("-".equals(token)) {
                array.add(value.deepCopy());
            } else {
                array.insert(index(array, token, path, true), value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException("JSON patch path does not exist: " + path);
        }
    }

    private static void remove(JsonNode parent, String token, String path) {
        if (parent instanceof ObjectNode object && object.has(token)) {
            object.remove(token);
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(array, token, path, false));
        } else {
            throw new IllegalArgumentException("JSON patch path does not exist: " + path);
        }
    }

    private static int index(ArrayNode array, String token, String path, boolean forAdd) {
        int index;
        try {
            index = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an array index in " + path, e);
        }
        if (index < 0 || index > array.size() || !forAdd && index == array.size()) {
            throw new IllegalArgumentException("array index out of range in " + path);
        }
        return index;
    }

    private static List<String> tokens(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static String pointer(List<String> tokens) {
        StringBuilder pointer = new StringBuilder();
        tokens.forEach(token -> pointer.append('/').append(token.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }
}
