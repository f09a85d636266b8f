package vn.nq57.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One malformed request of a catalogue: what is sent, and the 4xx problem it must answer, naming
 * {@code field} when there is one (a body that is not JSON names none).
 */
record BadInput(String name, String contentType, String body, int status, String field) {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");
    /** A value for {@link #with} that removes the field. */
    static final Object ABSENT = new Object();

    /** A JSON body answered with 400 naming {@code field}. */
    static BadInput field(String name, String body, String field) {
        return new BadInput(name, JSON, body, 400, field);
    }

    /** A body that is not JSON at all: 400 malformed-request. */
    static BadInput malformed(String name, String body) {
        return new BadInput(name, JSON, body, 400, null);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Checks the answer: the status, problem+json, the field named and a Vietnamese title. */
    void assertRefused(Response response) {
        String answer = response.asString();
        assertEquals(status, response.statusCode(), name + ": " + abbreviated(answer));
        assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                name + ": content type " + response.contentType() + " " + abbreviated(answer));
        assertEquals(Integer.valueOf(status), response.jsonPath().get("status"), name);
        assertTrue(response.jsonPath().getString("title") != null && !response.jsonPath().getString("title").isBlank(),
                name);
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertTrue(fields != null && fields.contains(field), name + ": expected field " + field + " in " + abbreviated(answer));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A deep, mutable copy of {@code base} with the value at {@code path} (e.g. {@code indicators[0].value}) replaced. */
    static Map<String, Object> with(Map<String, ?> base, String path, Object value) {
        Map<String, Object> copy = MAPPER.convertValue(base, new TypeReference<LinkedHashMap<String, Object>>() { });
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        Object node = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = child(node, steps.get(i));
        }
        set(node, steps.get(steps.size() - 1), value);
        return copy;
    }

    static String withJson(Map<String, ?> base, String path, Object value) {
        return json(with(base, path, value));
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object node, Object step) {
        if (step instanceof Integer index) {
            return ((List<Object>) node).get(index);
        }
        return ((Map<String, Object>) node).computeIfAbsent((String) step, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    private static void set(Object node, Object step, Object value) {
        if (step instanceof Integer index) {
            ((List<Object>) node).set(index, value);
        } else if (value == ABSENT) {
            ((Map<String, Object>) node).remove(step);
        } else {
            ((Map<String, Object>) node).put((String) step, value);
        }
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
