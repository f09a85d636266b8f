package vn.nq57.reportimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand annotation of one seed (test resources annotations/*.tsv): its facts and its expected section mapping. */
record SeedAnnotation(List<Fact> facts, List<ExpectedSection> sections) {

    static final String UNPLACED = "unplaced";

    /** One number-bearing statement: indicator code or "unplaced", qualifier, value as {@link #display}, quote. */
    record Fact(String code, String qualifier, String value, String quote) {

        String key() {
            return code + " " + qualifier + " " + value;
        }
    }

    record ExpectedSection(String sourceNumber, List<String> codes, String heading) {
    }

    static SeedAnnotation load(String seed) {
        List<Fact> facts = new ArrayList<>();
        List<ExpectedSection> sections = new ArrayList<>();
        try (var in = SeedAnnotation.class.getResourceAsStream("/annotations/" + seed + ".tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols[0].equals("section")) {
                    sections.add(new ExpectedSection(cols[1], List.of(cols[2].split("\\|")), cols[3]));
                } else {
                    facts.add(new Fact(cols[0], cols[1], cols[2], cols[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeedAnnotation(facts, sections);
    }

    /** How a value is written in annotations: 28, 100%, 125-130, 5010/5092. */
    static String display(Extraction.IndicatorMatch m) {
        return switch (m.qualifier()) {
            case RANGE -> m.min().toPlainString() + "-" + m.max().toPlainString();
            case RATIO -> m.numerator().toPlainString() + "/" + m.denominator().toPlainString();
            default -> m.value().toPlainString() + (m.percent() != null ? "%" : "");
        };
    }
}
