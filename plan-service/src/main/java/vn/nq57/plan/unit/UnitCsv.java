package vn.nq57.plan.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.text.VietnameseText;

/**
 * Reads the unit CSV ({@code code,name,full_name,type,parent_code}, or without {@code full_name}).
 * Lines starting with {@code #} and blank lines are skipped; fields may be double-quoted.
 */
public final class UnitCsv {

    static final List<String> FULL_HEADER = List.of("code", "name", "full_name", "type", "parent_code");
    static final List<String> SHORT_HEADER = List.of("code", "name", "type", "parent_code");

    /** One data line, with its line number in the file. */
    public record Line(int number, String code, String name, String fullName, String type, String parentCode,
            String error) {
    }

    private UnitCsv() {
    }

    public static List<Line> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "the CSV file is empty");
        }
        String[] lines = VietnameseText.nfc(body.startsWith("\uFEFF") ? body.substring(1) : body).split("\r?\n");
        List<String> header = null;
        List<Line> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = split(raw);
            if (header == null) {
                header = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                if (!header.equals(FULL_HEADER) && !header.equals(SHORT_HEADER)) {
                    throw ProblemException.invalid("header", "expected '" + String.join(",", FULL_HEADER)
                            + "' or '" + String.join(",", SHORT_HEADER) + "', found '" + raw.strip() + "'");
                }
                continue;
            }
            result.add(line(i + 1, header, fields));
        }
        if (header == null) {
            throw ProblemException.invalid("header", "the CSV file has no header line");
        }
        return result;
    }

    private static Line line(int number, List<String> header, List<String> fields) {
        if (fields.size() != header.size()) {
            String code = fields.isEmpty() ? null : fields.get(0).strip();
            return new Line(number, code, null, null, null, null,
                    "expected " + header.size() + " fields, found " + fields.size());
        }
        boolean full = header.size() == FULL_HEADER.size();
        return new Line(number, fields.get(0).strip(), fields.get(1).strip(),
                full ? fields.get(2).strip() : "", fields.get(full ? 3 : 2).strip(),
                fields.get(full ? 4 : 3).strip(), null);
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
