package vn.nq57.logging.json;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One JSON object per line: {@code timestamp} (ISO-8601 with offset), {@code level}, {@code logger},
 * {@code thread}, {@code message}, the {@code service}, every MDC entry as a top-level field (with
 * OpenTelemetry on, Quarkus puts {@code traceId}, {@code spanId} and {@code sampled} there; the
 * gateway adds {@code requestId}), and {@code exception}, the stack trace, when there is one.
 */
public final class JsonLineFormatter extends ExtFormatter {

    private static final Set<String> FIXED = Set.of("timestamp", "level", "logger", "thread", "message", "service",
            "exception");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String service;
    private final ZoneId zone;

    public JsonLineFormatter(String service, ZoneId zone) {
        this.service = service;
        this.zone = zone;
    }

    @Override
    public String format(ExtLogRecord record) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "timestamp", TIMESTAMP.format(Instant.ofEpochMilli(record.getMillis()).atZone(zone)));
        field(json, "level", record.getLevel().getName());
        field(json, "logger", record.getLoggerName());
        field(json, "thread", record.getThreadName());
        field(json, "message", formatMessage(record));
        field(json, "service", service);
        Map<String, String> mdc = new TreeMap<>(record.getMdcCopy());
        mdc.forEach((key, value) -> {
            if (!FIXED.contains(key) && value != null && !value.isEmpty()) {
                field(json, key, value);
            }
        });
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            field(json, "exception", trace.toString());
        }
        return json.append('}').append('\n').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        if (value == null) {
            return;
        }
        if (json.length() > 1) {
            json.append(',');
        }
        quote(json, name);
        json.append(':');
        quote(json, value);
    }

    static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
