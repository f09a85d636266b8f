package vn.nq57.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml read without docker-compose: YAML with anchors and merge keys, variable
 * interpolation ({@code $$}, {@code ${VAR}}, {@code ${VAR:-default}}; variables come from an empty
 * environment, as on a fresh clone without a {@code .env}), validation against the Compose
 * Specification JSON Schema vendored in {@code src/test/resources/schemas/compose-spec.json}, and
 * the normalisation {@code docker-compose config} applies (long-form ports, build and depends_on,
 * environment as a map, host paths made absolute).
 */
final class Compose {

    static final String SCHEMA = "/schemas/compose-spec.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");
    private static Schema schema;
    private static JsonNode resolved;

    private Compose() {
    }

    /** docker-compose.yml of the repository, validated and normalised (once per test JVM). */
    static synchronized JsonNode config() {
        if (resolved == null) {
            JsonNode file = load(Repo.read("docker-compose.yml"));
            List<String> violations = violations(file);
            if (!violations.isEmpty()) {
                throw new AssertionError("docker-compose.yml does not match the Compose Specification: " + violations);
            }
            resolved = normalise(file, Repo.root());
        }
        return resolved;
    }

    static JsonNode service(String name) {
        JsonNode service = config().path("services").path(name);
        assertTrue(service.isObject(), "docker-compose.yml has no service " + name);
        return service;
    }

    /** The YAML text parsed (anchors and merge keys resolved) and interpolated. */
    static JsonNode load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object raw = new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(yaml);
        return interpolate(JSON.valueToTree(raw));
    }

    /** Compose Specification violations of a loaded file (empty when valid). */
    static synchronized List<String> violations(JsonNode file) {
        if (schema == null) {
            // The schema is draft-07 plus the later "deprecated" annotation (on "version").
            Dialect draft7 = Dialect.builder(Dialects.getDraft7())
                    .keyword(new AnnotationKeyword("deprecated"))
                    .build();
            // A retrieval location gives the schema's relative $id ("compose_spec.json") a base.
            schema = SchemaRegistry.withDialect(draft7)
                    .getSchema(SchemaLocation.of("classpath:" + SCHEMA.substring(1)));
        }
        return schema.validate(file.toString(), InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static JsonNode interpolate(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(interpolate(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(interpolate(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, interpolate(array.get(i)));
            }
        }
        return node;
    }

    static String interpolate(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if ("$$".equals(matcher.group())) {
                replacement = "$";
            } else if ("?".equals(matcher.group(2)) || ":?".equals(matcher.group(2))) {
                throw new IllegalArgumentException("docker-compose.yml requires ${" + matcher.group(1) + "}: " + matcher.group(3));
            } else {
                replacement = matcher.group(3) == null ? "" : matcher.group(3);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static JsonNode normalise(JsonNode file, Path directory) {
        ObjectNode config = file.deepCopy();
        config.remove("version");
        List<String> extensions = new ArrayList<>();
        config.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("x-")) {
                extensions.add(name);
            }
        });
        config.remove(extensions);
        for (JsonNode service : config.path("services")) {
            ObjectNode definition = (ObjectNode) service;
            normaliseBuild(definition, directory);
            normaliseEnvironment(definition);
            normaliseDependsOn(definition);
            normalisePorts(definition);
            normaliseVolumes(definition, directory);
        }
        return config;
    }

    private static void normaliseBuild(ObjectNode service, Path directory) {
        JsonNode build = service.get("build");
        if (build == null) {
            return;
        }
        ObjectNode longForm = build.isTextual() ? JsonNodeFactory.instance.objectNode().put("context", build.asText()) : (ObjectNode) build;
        longForm.put("context", directory.resolve(longForm.path("context").asText(".")).normalize().toString());
        service.set("build", longForm);
    }

    private static void normaliseEnvironment(ObjectNode service) {
        JsonNode environment = service.get("environment");
        if (environment instanceof ArrayNode list) {
            ObjectNode map = JsonNodeFactory.instance.objectNode();
            for (JsonNode entry : list) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                map.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
            service.set("environment", map);
        }
    }

    private static void normaliseDependsOn(ObjectNode service) {
        JsonNode dependsOn = service.get("depends_on");
        if (dependsOn instanceof ArrayNode list) {
            ObjectNode map = JsonNodeFactory.instance.objectNode();
            list.forEach(name -> map.putObject(name.asText()).put("condition", "service_started"));
            service.set("depends_on", map);
        }
    }

    /** {@code [ip:][published:]target[/protocol]} to the long syntax. */
    private static void normalisePorts(ObjectNode service) {
        JsonNode ports = service.get("ports");
        if (ports == null) {
            return;
        }
        ArrayNode longForm = JsonNodeFactory.instance.arrayNode();
        for (JsonNode port : ports) {
            if (port.isObject()) {
                longForm.add(port);
                continue;
            }
            String text = port.asText();
            String protocol = "tcp";
            int slash = text.indexOf('/');
            if (slash >= 0) {
                protocol = text.substring(slash + 1);
                text = text.substring(0, slash);
            }
            String[] parts = text.split(":");
            ObjectNode entry = longForm.addObject();
            entry.put("mode", "ingress");
            if (parts.length == 3) {
                entry.put("host_ip", parts[0]);
            }
            entry.put("target", Integer.parseInt(parts[parts.length - 1]));
            if (parts.length >= 2) {
                entry.put("published", parts[parts.length - 2]);
            }
            entry.put("protocol", protocol);
        }
        service.set("ports", longForm);
    }

    private static void normaliseVolumes(ObjectNode service, Path directory) {
        JsonNode volumes = service.get("volumes");
        if (volumes == null) {
            return;
        }
        ArrayNode resolvedVolumes = JsonNodeFactory.instance.arrayNode();
        for (JsonNode volume : volumes) {
            String text = volume.asText();
            if (volume.isTextual() && (text.startsWith("./") || text.startsWith("../"))) {
                int colon = text.indexOf(':');
                String host = directory.resolve(text.substring(0, colon)).normalize().toString();
                resolvedVolumes.add(host + text.substring(colon));
            } else {
                resolvedVolumes.add(volume);
            }
        }
        service.set("volumes", resolvedVolumes);
    }

    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new java.util.TreeMap<>();
        service.path("environment").properties().forEach(field -> environment.put(field.getKey(), field.getValue().asText()));
        return environment;
    }
}
