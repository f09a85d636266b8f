package vn.nq57.aggregation.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.nq57.aggregation.rollup.IndicatorRollup;
import vn.nq57.aggregation.rollup.RollupTotal;
import vn.nq57.aggregation.rollup.UnitValue;
import vn.nq57.aggregation.round.StatusRow;

/**
 * One row per required unit and indicator, then one city row per indicator (unit_type CITY).
 * UTF-8 with a byte order mark so spreadsheet programs read Vietnamese; plain numbers
 * ({@code 5010}, {@code 98.39}) so the file stays machine-readable. Text that a spreadsheet would
 * take for a formula is neutralised.
 */
@ApplicationScoped
public class CsvExporter {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    static final List<String> HEADER = List.of("unit_code", "unit_name", "unit_type", "status", "indicator_code",
            "indicator_name", "unit_of_measure", "rule", "qualifier", "value", "min", "max", "numerator",
            "denominator", "text", "estimate", "reported_by");

    public byte[] export(ExportData data) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        List<Map<String, UnitValue>> byUnit = data.rollup().indicators().stream().map(CsvExporter::byUnit).toList();
        for (StatusRow row : data.matrix().units()) {
            for (int i = 0; i < byUnit.size(); i++) {
                IndicatorRollup indicator = data.rollup().indicators().get(i);
                UnitValue v = byUnit.get(i).get(row.unitCode());
                List<String> cells = new ArrayList<>(List.of(row.unitCode(), row.unitName(),
                        row.unitType() == null ? "" : row.unitType().name(), row.status().name(), indicator.code(),
                        indicator.name(), nz(indicator.unitOfMeasure()), rule(indicator)));
                if (v == null) {
                    cells.addAll(List.of("", "", "", "", "", "", "", "", ""));
                } else {
                    cells.addAll(List.of(v.qualifier().name(), plain(v.value()), plain(v.min()), plain(v.max()),
                            plain(v.numerator()), plain(v.denominator()), nz(v.text()), String.valueOf(v.estimate()),
                            ""));
                }
                line(out, cells);
            }
        }
        String province = data.round().issuerUnitCode();
        for (IndicatorRollup indicator : data.rollup().indicators()) {
            RollupTotal t = indicator.total();
            List<String> cells = new ArrayList<>(List.of(province, "Toàn thành phố", "CITY", "", indicator.code(),
                    indicator.name(), nz(indicator.unitOfMeasure()), rule(indicator)));
            if (t == null) {
                cells.addAll(List.of("", "", "", "", "", "", "", "", String.valueOf(indicator.reportedBy())));
            } else {
                cells.addAll(List.of(t.qualifier().name(), plain(t.value()), plain(t.min()), plain(t.max()),
                        plain(t.numerator()), plain(t.denominator()), "", String.valueOf(t.estimate()),
                        String.valueOf(indicator.reportedBy())));
            }
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An indicator's values by unit code, so a row finds its value without a scan. */
    static Map<String, UnitValue> byUnit(IndicatorRollup indicator) {
        Map<String, UnitValue> values = new HashMap<>();
        indicator.units().forEach(v -> values.putIfAbsent(v.unitCode(), v));
        return values;
    }

    private static String rule(IndicatorRollup indicator) {
        return indicator.rule() == null ? "" : indicator.rule().name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /**
     * A cell a spreadsheet would run as a formula (leading {@code = + - @}, tab or CR) gets a
     * leading apostrophe, as OWASP's CSV injection guidance says; plain numbers such as
     * {@code -5} or {@code -0.25} stay numbers.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = neutralised(cells.get(i));
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
