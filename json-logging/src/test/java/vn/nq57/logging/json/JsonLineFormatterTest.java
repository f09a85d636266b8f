package vn.nq57.logging.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class JsonLineFormatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonLineFormatter formatter = new JsonLineFormatter("plan-service", ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aLineIsOneJsonObjectWithTheTraceAndSpanIdsOfTheMdc() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Đơn vị \"31\"\nđã\tđổi", JsonLineFormatterTest.class.getName());
        record.setLoggerName("vn.nq57.plan.unit.UnitService");
        record.setThreadName("executor-thread-1");
        record.setMillis(Instant.parse("2026-05-04T02:15:00.123Z").toEpochMilli());
        record.putMdc("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        record.putMdc("spanId", "00f067aa0ba902b7");
        record.putMdc("level", "not the record's");

        String line = formatter.format(record);

        assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        JsonNode json = JSON.readTree(line);
        assertEquals("2026-05-04T09:15:00.123+07:00", json.get("timestamp").asText());
        assertEquals("WARNING", json.get("level").asText());
        assertEquals("vn.nq57.plan.unit.UnitService", json.get("logger").asText());
        assertEquals("executor-thread-1", json.get("thread").asText());
        assertEquals("Đơn vị \"31\"\nđã\tđổi", json.get("message").asText());
        assertEquals("plan-service", json.get("service").asText());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", json.get("traceId").asText());
        assertEquals("00f067aa0ba902b7", json.get("spanId").asText());
        assertFalse(json.has("exception"));
    }

    @Test
    void theStackTraceAndControlCharactersStayInsideTheLine() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "bad \u0001 byte", JsonLineFormatterTest.class.getName());
        record.setLoggerName("vn.nq57");
        record.setThrown(new IllegalStateException("broken"));

        String line = formatter.format(record);

        assertEquals(line.length() - 1, line.indexOf('\n'));
        JsonNode json = JSON.readTree(line);
        assertEquals("bad \u0001 byte", json.get("message").asText());
        assertTrue(json.get("exception").asText().startsWith("java.lang.IllegalStateException: broken\n\tat "));
        assertFalse(json.has("traceId"));
    }
}
