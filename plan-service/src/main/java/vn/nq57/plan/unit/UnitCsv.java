package vn.nq57.plan.unit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.nq57.contracts.problem.ProblemException;
import vn.nq57.contracts.problem.ProblemKind;
import vn.nq57.contracts.text.VietnameseText;
import vn.nq57.contracts.validation.TextRules;

/**
 * Reads the unit CSV ({@code code,name,full_name,type,parent_code}, or without {@code full_name}).
 * Lines starting with {@code #} and blank lines are skipped; fields may be double-quoted. The file
 * is bounded ({@link #MAX_BYTES}, {@link #MAX_ROWS}: 413 beyond) and so is every field; a field
 * that breaks its bound makes its row an error naming the row and the column.
 */
public final class UnitCsv {

    /** The national list (3,321 units) is about 250 KB. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    static final List<String> FULL_HEADER = List.of("code", "name", "full_name", "type", "parent_code");
    static final List<String> SHORT_HEADER = List.of("code", "name", "type", "parent_code");
    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{5}");
    private static final Pattern PARENT_CODE = Pattern.compile("\\d{2}");
    private static final int MAX_TYPE = 16;

    /** One data line, with its line number in the file; {@code error} names the offending column. */
    public record Line(int number, String code, String name, String fullName, String type, String parentCode,
            String errorColumn, String error) {

        /** The province the row's unit belongs to: itself for a 2-digit code, else its parent. */
        public String province() {
            return code != null && code.length() == 2 ? code : parentCode;
        }
    }

    private UnitCsv() {
    }

    public static List<Line> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "the CSV file is empty");
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The CSV file has " + bytes
                    + " bytes; at most " + MAX_BYTES + " per import (split the file)");
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
                            + "' or '" + String.join(",", SHORT_HEADER) + "'");
                }
                continue;
            }
            if (result.size() == MAX_ROWS) {
                throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The CSV file has more than " + MAX_ROWS
                        + " data rows; at most " + MAX_ROWS + " per import (split the file)");
            }
            result.add(line(i + 1, header, fields));
        }
        if (header == null) {
            throw ProblemException.invalid("header", "the CSV file has no header line");
        }
        return result;
    }

    private static Line line(int number, List<String> header, List<String> fields) {
        String code = fields.get(0).strip();
        if (code.length() > 5 || !TextRules.isPlain(code)) {
            code = null;
        }
        if (fields.size() != header.size()) {
            return new Line(number, code, null, null, null, null, null,
                    "expected " + header.size() + " fields, found " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            int bad = TextRules.firstForbidden(fields.get(i));
            if (bad >= 0) {
                return new Line(number, code, null, null, null, null, header.get(i),
                        String.format("control character U+%04X at position %d", (int) fields.get(i).charAt(bad), bad + 1));
            }
        }
        boolean full = header.size() == FULL_HEADER.size();
        Line line = new Line(number, code, fields.get(1).strip(), full ? fields.get(2).strip() : "",
                fields.get(full ? 3 : 2).strip(), fields.get(full ? 4 : 3).strip(), null, null);
        String[] problem = bounds(line, fields.get(0).strip());
        return problem == null ? line
                : new Line(number, code, null, null, null, null, problem[0], problem[1]);
    }

    /** The first column that breaks its bound and why, or null. */
    private static String[] bounds(Line line, String code) {
        if (!CODE.matcher(code).matches()) {
            return new String[] {"code", "must be 2 digits (province/city) or 5 digits (commune-level unit)"};
        }
        if (line.name().length() > UnitRequest.MAX_NAME) {
            return new String[] {"name", "must be at most " + UnitRequest.MAX_NAME + " characters"};
        }
        if (line.fullName().length() > UnitRequest.MAX_FULL_NAME) {
            return new String[] {"full_name", "must be at most " + UnitRequest.MAX_FULL_NAME + " characters"};
        }
        if (line.type().length() > MAX_TYPE) {
            return new String[] {"type", "must be one of city, province, xa, phuong, dac_khu"};
        }
        if (!line.parentCode().isEmpty() && !PARENT_CODE.matcher(line.parentCode()).matches()) {
            return new String[] {"parent_code", "must be the 2-digit code of a province/city"};
        }
        return null;
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
