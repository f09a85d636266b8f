package vn.nq57.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Kustomize-compatible renderer for exactly the features {@code deploy/k8s} uses, so that the
 * deployment tests need no kubectl: resources and (legacy) bases, namespace,
 * configMapGenerator/secretGenerator from literals (create and merge, content-hash name suffix
 * with the references to it rewritten), patchesStrategicMerge, patchesJson6902 (add, replace,
 * remove) and images. Anything else in a kustomization.yaml is refused rather than ignored, so a
 * new feature cannot render silently wrong; {@code KustomizeCrossCheckTest} compares the output
 * with {@code kubectl kustomize} wherever kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "namespace", "bases", "resources",
            "images", "configMapGenerator", "secretGenerator", "patchesStrategicMerge", "patchesJson6902");
    private static final Set<String> SUPPORTED_GENERATOR_FIELDS = Set.of("name", "behavior", "literals", "type");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
    /** Strategic-merge keys of the lists this renderer merges by key (Kubernetes' patchMergeKey); other lists are replaced. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name",
            "volumeMounts", "mountPath", "imagePullSecrets", "name");
    private static final int BASE64_LINE = 70;

    private Kustomize() {
    }

    /** The objects the kustomization in {@code directory} renders to, as kubectl kustomize would print them. */
    static List<ObjectNode> render(Path directory) {
        List<Resource> accumulated = accumulate(directory);
        Map<String, String> renamed = new HashMap<>();
        for (Resource resource : accumulated) {
            if (resource.generated) {
                String name = resource.name();
                String hashed = name + "-" + hash(resource.object);
                renamed.put(resource.kind() + "/" + name, hashed);
                ((ObjectNode) resource.object.get("metadata")).put("name", hashed);
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (Resource resource : accumulated) {
            rewriteReferences(resource.object, renamed);
            objects.add(resource.object);
        }
        return objects;
    }

    // ---------------------------------------------------------------- one kustomization

    private static List<Resource> accumulate(Path directory) {
        ObjectNode kustomization = kustomization(directory);
        List<Resource> resources = new ArrayList<>();
        for (String field : List.of("bases", "resources")) {
            for (JsonNode entry : kustomization.path(field)) {
                Path path = directory.resolve(entry.asText()).normalize();
                if (Files.isDirectory(path)) {
                    resources.addAll(accumulate(path));
                } else {
                    Yaml.documents(read(path)).forEach(object -> resources.add(new Resource(object, false)));
                }
            }
        }
        generate(kustomization.path("configMapGenerator"), "ConfigMap", resources);
        generate(kustomization.path("secretGenerator"), "Secret", resources);
        for (JsonNode entry : kustomization.path("patchesStrategicMerge")) {
            for (ObjectNode patch : Yaml.documents(read(directory.resolve(entry.asText())))) {
                Resource target = only(resources, patch.path("apiVersion").asText(), patch.path("kind").asText(),
                        patch.path("metadata").path("name").asText(), "patchesStrategicMerge " + entry.asText());
                mergeStrategically(target.object, patch);
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.stream().filter(r -> !CLUSTER_SCOPED.contains(r.kind()))
                    .forEach(r -> ((ObjectNode) r.object.get("metadata")).put("namespace", namespace));
        }
        for (JsonNode entry : kustomization.path("patchesJson6902")) {
            JsonNode target = entry.path("target");
            String group = target.path("group").asText("");
            String apiVersion = group.isEmpty() ? target.path("version").asText() : group + "/" + target.path("version").asText();
            Resource resource = only(resources, apiVersion, target.path("kind").asText(), target.path("name").asText(),
                    "patchesJson6902 " + entry.path("path").asText());
            JsonPatch.apply(resource.object, Yaml.tree(read(directory.resolve(entry.path("path").asText()))));
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImages(resource.object, image));
        }
        return resources;
    }

    private static ObjectNode kustomization(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        JsonNode node = Yaml.tree(read(file));
        if (!(node instanceof ObjectNode kustomization)) {
            throw new IllegalArgumentException(file + " is not a mapping");
        }
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(file + ": '" + field
                        + "' is not implemented by this renderer (supported: " + new java.util.TreeSet<>(SUPPORTED_FIELDS) + ")");
            }
        });
        return kustomization;
    }

    // ---------------------------------------------------------------- generators

    private static void generate(JsonNode generators, String kind, List<Resource> resources) {
        for (JsonNode generator : generators) {
            generator.fieldNames().forEachRemaining(field -> {
                if (!SUPPORTED_GENERATOR_FIELDS.contains(field)) {
                    throw new UnsupportedOperationException(kind + " generator field '" + field + "' is not implemented");
                }
            });
            String name = generator.path("name").asText();
            Map<String, String> literals = new LinkedHashMap<>();
            for (JsonNode literal : generator.path("literals")) {
                String text = literal.asText();
                int equals = text.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException(kind + " " + name + ": literal without KEY=VALUE: " + text);
                }
                literals.put(text.substring(0, equals), unquote(text.substring(equals + 1)));
            }
            String behavior = generator.path("behavior").asText("create");
            switch (behavior) {
                case "create" -> resources.add(new Resource(generated(kind, name, generator.path("type").asText("Opaque"), literals), true));
                case "merge" -> {
                    ObjectNode data = (ObjectNode) only(resources, "v1", kind, name, kind + " generator " + name).object.get("data");
                    literals.forEach((key, value) -> data.put(key, encode(kind, value)));
                }
                default -> throw new UnsupportedOperationException(kind + " generator behavior '" + behavior + "' is not implemented");
            }
        }
    }

    private static ObjectNode generated(String kind, String name, String type, Map<String, String> literals) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("apiVersion", "v1");
        object.put("kind", kind);
        object.putObject("metadata").put("name", name);
        ObjectNode data = object.putObject("data");
        literals.forEach((key, value) -> data.put(key, encode(kind, value)));
        if ("Secret".equals(kind)) {
            object.put("type", type);
        }
        return object;
    }

    private static String encode(String kind, String value) {
        return "Secret".equals(kind) ? base64(value) : value;
    }

    /** Base64 as kustomize writes Secret data: from 70 characters on, in lines of 70, each ending in a newline. */
    static String base64(String value) {
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        if (encoded.length() < BASE64_LINE) {
            return encoded;
        }
        StringBuilder lines = new StringBuilder();
        for (int start = 0; start < encoded.length(); start += BASE64_LINE) {
            lines.append(encoded, start, Math.min(encoded.length(), start + BASE64_LINE)).append('\n');
        }
        return lines.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * Kustomize's name suffix (api/hasher, kustomize v4 and v5): the first ten hex digits of the
     * SHA-256 of the Go JSON encoding of kind, name, data (and type for a Secret), with 0, 1, 3, a
     * and e replaced so that the suffix spells no word. The name is encoded as "": the hasher looks
     * it up with the single path segment "metadata/name", which never matches.
     */
    static String hash(ObjectNode object) {
        Map<String, Object> encoded = new TreeMap<>();
        encoded.put("kind", object.path("kind").asText());
        encoded.put("name", "");
        Map<String, Object> data = new TreeMap<>();
        object.path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue().asText()));
        encoded.put("data", data);
        if ("Secret".equals(object.path("kind").asText())) {
            encoded.put("type", object.path("type").asText());
        }
        String hex = sha256Hex(GoJson.encode(encoded));
        StringBuilder suffix = new StringBuilder();
        for (char c : hex.substring(0, 10).toCharArray()) {
            suffix.append(switch (c) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> c;
            });
        }
        return suffix.toString();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points every ConfigMap/Secret reference of a pod template at the generated, hash-suffixed name. */
    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            rename(object.get("configMapRef"), "name", "ConfigMap", renamed);
            rename(object.get("configMapKeyRef"), "name", "ConfigMap", renamed);
            rename(object.get("secretRef"), "name", "Secret", renamed);
            rename(object.get("secretKeyRef"), "name", "Secret", renamed);
            rename(object.get("configMap"), "name", "ConfigMap", renamed);
            rename(object.get("secret"), "secretName", "Secret", renamed);
            object.elements().forEachRemaining(child -> rewriteReferences(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, renamed));
        }
    }

    private static void rename(JsonNode reference, String field, String kind, Map<String, String> renamed) {
        if (reference instanceof ObjectNode object && object.has(field)) {
            String target = renamed.get(kind + "/" + object.get(field).asText());
            if (target != null) {
                object.put(field, target);
            }
        }
    }

    // ---------------------------------------------------------------- patches and transformers

    /** Strategic merge: maps merge, null deletes, the lists of {@link #MERGE_KEYS} merge by key, other lists are replaced. */
    static void mergeStrategically(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new UnsupportedOperationException("strategic-merge directive '" + name + "' is not implemented");
            }
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value instanceof ObjectNode patchMap && current instanceof ObjectNode targetMap) {
                mergeStrategically(targetMap, patchMap);
            } else if (value instanceof ArrayNode patchList && current instanceof ArrayNode targetList && MERGE_KEYS.containsKey(name)) {
                mergeByKey(targetList, patchList, MERGE_KEYS.get(name));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeByKey(ArrayNode target, ArrayNode patch, String key) {
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : target) {
                if (existing.path(key).equals(item.path(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                mergeStrategically(match, (ObjectNode) item);
            }
        }
    }

    /** The images transformer: {@code name} → {@code newName}, tag → {@code newTag} in every container of a pod template. */
    private static void setImages(JsonNode node, JsonNode image) {
        if (node instanceof ObjectNode object) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode container : object.path(list)) {
                    String current = container.path("image").asText();
                    String name = imageName(current);
                    if (name.equals(image.path("name").asText())) {
                        String newName = image.path("newName").asText(name);
                        String tag = image.has("newTag") ? ":" + image.get("newTag").asText() : current.substring(name.length());
                        ((ObjectNode) container).put("image", newName + tag);
                    }
                }
            }
            object.elements().forEachRemaining(child -> setImages(child, image));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> setImages(child, image));
        }
    }

    private static String imageName(String image) {
        int digest = image.indexOf('@');
        String withoutDigest = digest < 0 ? image : image.substring(0, digest);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static Resource only(List<Resource> resources, String apiVersion, String kind, String name, String what) {
        List<Resource> matching = resources.stream()
                .filter(r -> r.object.path("apiVersion").asText().equals(apiVersion) && r.kind().equals(kind) && r.name().equals(name))
                .toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException(what + ": expected one " + apiVersion + " " + kind + " " + name + ", found " + matching.size());
        }
        return matching.get(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private record Resource(ObjectNode object, boolean generated) {
        String kind() {
            return object.path("kind").asText();
        }

        String name() {
            return object.path("metadata").path("name").asText();
        }
    }
}
