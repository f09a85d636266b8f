package vn.nq57.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Realistic drafts: every leaf section of the round's outline gets a few paragraphs taken from the
 * seed reports (so sizes are those of real reports, 10–30 KB), every catalogue indicator a value of
 * its kind, plus difficulties, causes and recommendations.
 */
final class DraftFactory {

    private final List<String> paragraphs;

    DraftFactory(Path seeds) {
        this.paragraphs = readParagraphs(seeds);
    }

    Map<String, Object> draft(JsonNode round, String unitCode, long seed) {
        Random random = new Random(seed);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("header", Map.of("numberSymbol", (100 + random.nextInt(800)) + "/BC-UBND", "place", "Hải Phòng",
                "date", LocalDate.now().toString(), "signerTitles", List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                "signerName", "Nguyễn Văn " + unitCode, "recipients", List.of("Sở Khoa học và Công nghệ", "Lưu: VT")));
        List<Map<String, Object>> sections = new ArrayList<>();
        leaves(round.path("outline"), code -> sections.add(Map.of("code", code, "text", text(random, 2))));
        content.put("sections", sections);
        List<Map<String, Object>> indicators = new ArrayList<>();
        round.path("indicators").forEach(definition -> indicators.add(value(definition, random)));
        content.put("indicators", indicators);
        content.put("difficulties", List.of(Map.of("text", sentence(random)), Map.of("text", sentence(random))));
        content.put("causes", List.of(Map.of("text", sentence(random))));
        content.put("recommendations", List.of(Map.of("text", sentence(random), "addressee", "UBND thành phố")));
        return content;
    }

    private static Map<String, Object> value(JsonNode definition, Random random) {
        String code = definition.path("code").asText();
        return switch (definition.path("kind").asText()) {
            case "RATIO" -> {
                int denominator = 100 + random.nextInt(5000);
                yield Map.of("code", code, "qualifier", "RATIO", "numerator", random.nextInt(denominator + 1),
                        "denominator", denominator);
            }
            case "PERCENTAGE" -> Map.of("code", code, "qualifier", "EXACT", "value", random.nextInt(101));
            case "TEXT" -> Map.of("code", code, "qualifier", "EXACT", "text", "Đã triển khai");
            default -> Map.of("code", code, "qualifier", random.nextInt(4) == 0 ? "AT_LEAST" : "EXACT",
                    "value", random.nextInt(2000));
        };
    }

    private static void leaves(JsonNode sections, java.util.function.Consumer<String> leaf) {
        for (JsonNode section : sections) {
            JsonNode children = section.path("children");
            if (children.isArray() && !children.isEmpty()) {
                leaves(children, leaf);
            } else {
                leaf.accept(section.path("code").asText());
            }
        }
    }

    private String text(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        return text.toString().trim();
    }

    private String sentence(Random random) {
        String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
        return paragraph.length() > 400 ? paragraph.substring(0, 400) : paragraph;
    }

    private static List<String> readParagraphs(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            List<String> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("report-")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.length() >= 80 && trimmed.length() <= 2000) {
                        found.add(trimmed);
                    }
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("No report paragraphs in " + seeds.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed reports in " + seeds.toAbsolutePath(), e);
        }
    }
}
