package vn.nq57.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The official unit list ({@code ../shared/data}): provinces and their commune-level units, as CSV lines. */
final class UnitList {

    static final String HEADER = "code,name,full_name,type,parent_code";

    /** One province: its own CSV line and its communes' lines and codes. */
    record Province(String code, String line, List<String> communeLines, List<String> communeCodes) {

        String csv() {
            StringBuilder csv = new StringBuilder(HEADER).append('\n').append(line).append('\n');
            communeLines.forEach(l -> csv.append(l).append('\n'));
            return csv.toString();
        }
    }

    static Map<String, Province> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the unit list " + file.toAbsolutePath(), e);
        }
        Map<String, String> provinceLines = new LinkedHashMap<>();
        Map<String, List<String>> communes = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String parent = cells[cells.length - 1].trim();
            if (parent.isEmpty()) {
                provinceLines.put(cells[0], line);
            } else {
                communes.computeIfAbsent(parent, p -> new ArrayList<>()).add(line);
            }
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        provinceLines.forEach((code, line) -> {
            List<String> own = communes.getOrDefault(code, List.of());
            provinces.put(code, new Province(code, line, own, own.stream().map(l -> l.split(",", 2)[0]).toList()));
        });
        return provinces;
    }
}
