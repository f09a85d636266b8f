package vn.nq57.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** YAML documents as Jackson trees (the Kubernetes manifests use no anchors or merge keys). */
final class Yaml {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Yaml() {
    }

    /** The non-empty documents of a multi-document YAML text. */
    static List<ObjectNode> documents(String yaml) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document instanceof ObjectNode object && object.size() > 0) {
                    documents.add(object);
                } else if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    throw new IllegalArgumentException("a YAML document is not a mapping: " + document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static JsonNode tree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
