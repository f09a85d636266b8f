package vn.nq57.reportimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure in the folded text. Vietnamese number forms: {@code .} groups thousands
 * ({@code 1.500}), {@code ,} is the decimal mark ({@code 98,39%}), leading zeros ({@code 02}),
 * ranges with a hyphen or dash ({@code 125 – 130}), ratios ({@code 5.010/5.092}). Dates, years,
 * document numbers ({@code 192/KH-UBND}, {@code 57-NQ/TW}, "Đề án 06") and outline numbering are
 * recognised first so they are never taken for quantities. A word of lower bound in front
 * ("hơn", "trên", "ít nhất", "tối thiểu", also without diacritics as OCR writes them) makes a number
 * AT_LEAST and a range an at-least range ("Hơn 560–900 lượt": more than somewhere in 560–900).
 */
final class Figures {

    private static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final String FREE = "(?<![\\p{L}\\d.,/])";
    private static final String END = "(?![\\p{L}\\d]|[.,/]\\d)";

    private static final Pattern DATE = Pattern.compile("(?<![\\d/])\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}(?!\\d)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "ngay(?:\\s+\\d{1,2}|[\\s._…]*)\\s*thang(?:\\s+\\d{1,2}|[\\s._…]*)\\s*n[a-z]m\\s+\\d{4}");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/.,])(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\d.,/])\\d+(?:\\s*/\\s*[a-z][a-z0-9&]*(?:\\s*-\\s*[a-z][a-z0-9&]*)*|\\s*-\\s*[a-z]+\\s*/\\s*[a-z]+)");
    private static final Pattern NAMED_DOCUMENT = Pattern.compile(
            "\\b(?:nghi\\s+quyet|quyet\\s+dinh|ke\\s+hoach|cong\\s+van|de\\s+an|thong\\s+tu|nghi\\s+dinh|chi\\s+thi|chuong\\s+trinh|luat|qcvn|so)\\s+(?:so\\s+)?(\\d+(?::\\d{4})?)(?!\\d|[.,]\\d|/|\\s*(?:%|-\\s*\\d))");
    private static final Pattern YEAR = Pattern.compile("\\b(?:n[a-z]m|giai doan|tu|den)\\s+((?:19|20)\\d{2})(?!\\d|[.,]\\d|\\s*%)");
    private static final Pattern YEAR_SPAN = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?!\\d|[.,]\\d)");
    private static final Pattern ORDINAL = Pattern.compile("\\b(?:thu|lan thu|khoa|so)\\s+(\\d{1,2})(?![\\d.,])");
    private static final Pattern PERCENT_RATIO = Pattern.compile(
            FREE + "(" + NUM + ")\\s*%\\s*\\(\\s*(" + NUM + ")\\s*/\\s*(" + NUM + ")" + END);
    private static final Pattern RATIO = Pattern.compile(FREE + "(" + NUM + ")\\s*/\\s*(" + NUM + ")" + END);
    private static final Pattern RANGE = Pattern.compile(FREE + "(" + NUM + ")\\s*-\\s*(" + NUM + ")(\\s*%)?" + END);
    private static final Pattern FROM_TO = Pattern.compile("\\btu\\s+(" + NUM + ")\\s+(?:den|toi)\\s+(" + NUM + ")" + END);
    private static final Pattern PERCENT = Pattern.compile(FREE + "(" + NUM + ")\\s*%");
    private static final Pattern PLAIN = Pattern.compile(FREE + "(" + NUM + ")" + END);
    private static final Pattern AT_LEAST = Pattern.compile("(?:\\b(?:hon|tren|toi thieu|it nhat|vuot|ngoai)|>=?|≥)\\s*$");
    /** Fewer words than {@link #AT_LEAST}: "vượt"/"ngoài" before a range do not say "more than the range". */
    private static final Pattern RANGE_AT_LEAST = Pattern.compile("(?:\\b(?:hon|tren|toi thieu|it nhat)|>=?|≥)\\s*$");
    private static final Pattern ABOUT = Pattern.compile("(?:\\b(?:gan|khoang|xap xi|uoc tinh|uoc|chung|tam)|~|≈)\\s*$");

    private Figures() {
    }

    /**
     * @param folded     the folded text
     * @param numbering  spans of outline numbering at paragraph starts (start, end pairs)
     * @param pageLines  spans of lines that are only a page number
     */
    static List<Figure> scan(String folded, List<int[]> numbering, List<int[]> pageLines) {
        boolean[] taken = new boolean[folded.length()];
        List<Figure> figures = new ArrayList<>();
        for (int[] span : numbering) {
            take(figures, taken, Figure.structural(span[0], span[1], Figure.Kind.NUMBERING));
        }
        for (int[] span : pageLines) {
            take(figures, taken, Figure.structural(span[0], span[1], Figure.Kind.PAGE_NUMBER));
        }
        structural(folded, taken, figures, DATE_WORDS, Figure.Kind.DATE);
        structural(folded, taken, figures, DATE, Figure.Kind.DATE);
        monthYear(folded, taken, figures);
        dayMonth(folded, taken, figures);
        structural(folded, taken, figures, REFERENCE, Figure.Kind.REFERENCE);
        group(folded, taken, figures, NAMED_DOCUMENT, Figure.Kind.REFERENCE);
        structural(folded, taken, figures, YEAR_SPAN, Figure.Kind.YEAR);
        group(folded, taken, figures, YEAR, Figure.Kind.YEAR);
        group(folded, taken, figures, ORDINAL, Figure.Kind.NUMBERING);
        quantities(folded, taken, figures);
        figures.sort(Comparator.comparingInt(Figure::start));
        return figures;
    }

    private static void quantities(String folded, boolean[] taken, List<Figure> figures) {
        Matcher m = PERCENT_RATIO.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                int close = folded.indexOf(')', m.end());
                int end = close > 0 && close - m.end() < 20 ? close + 1 : m.end();
                add(folded, taken, figures, new Figure(m.start(), end, Figure.Kind.QUANTITY, Qualifier.RATIO, null, null,
                        null, number(m.group(2)), number(m.group(3)), number(m.group(1))));
            }
        }
        m = RATIO.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                add(folded, taken, figures, new Figure(m.start(), m.end(), Figure.Kind.QUANTITY, Qualifier.RATIO, null,
                        null, null, number(m.group(1)), number(m.group(2)), null));
            }
        }
        for (Pattern range : List.of(RANGE, FROM_TO)) {
            m = range.matcher(folded);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    BigDecimal min = number(m.group(1));
                    BigDecimal max = number(m.group(2));
                    if (min.compareTo(max) < 0) {
                        add(folded, taken, figures, new Figure(m.start(), m.end(), Figure.Kind.QUANTITY, Qualifier.RANGE,
                                null, min, max, null, null, null));
                    }
                }
            }
        }
        m = PERCENT.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                BigDecimal value = number(m.group(1));
                add(folded, taken, figures, new Figure(m.start(), m.end(), Figure.Kind.QUANTITY, Qualifier.EXACT, value,
                        null, null, null, null, value));
            }
        }
        m = PLAIN.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                add(folded, taken, figures, new Figure(m.start(), m.end(), Figure.Kind.QUANTITY, Qualifier.EXACT,
                        number(m.group(1)), null, null, null, null, null));
            }
        }
    }

    /** Adds a quantity, widening it over a qualifier word in front ("hơn", "gần", ">"). */
    private static void add(String folded, boolean[] taken, List<Figure> figures, Figure figure) {
        String before = folded.substring(Math.max(0, figure.start() - 14), figure.start());
        Matcher atLeast = AT_LEAST.matcher(before);
        Matcher rangeAtLeast = RANGE_AT_LEAST.matcher(before);
        Matcher about = ABOUT.matcher(before);
        Figure result = figure;
        if (figure.qualifier() == Qualifier.RANGE && rangeAtLeast.find()) {
            result = figure.asAtLeastRange(figure.start() - (before.length() - rangeAtLeast.start()));
        } else if (atLeast.find()) {
            int start = figure.start() - (before.length() - atLeast.start());
            result = figure.qualifier() == Qualifier.EXACT ? figure.withQualifier(start, Qualifier.AT_LEAST) : figure.withQualifier(start, figure.qualifier());
        } else if (about.find()) {
            int start = figure.start() - (before.length() - about.start());
            result = figure.qualifier() == Qualifier.EXACT ? figure.withQualifier(start, Qualifier.ABOUT) : figure.withQualifier(start, figure.qualifier());
        }
        for (int i = figure.start(); i < figure.end(); i++) {
            taken[i] = true;
        }
        figures.add(result);
    }

    static BigDecimal number(String written) {
        BigDecimal value = new BigDecimal(written.replace(".", "").replace(',', '.')).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static void structural(String folded, boolean[] taken, List<Figure> figures, Pattern pattern, Figure.Kind kind) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(), m.end()) && containsDigit(folded, m.start(), m.end())) {
                take(figures, taken, Figure.structural(m.start(), m.end(), kind));
            }
        }
    }

    private static void group(String folded, boolean[] taken, List<Figure> figures, Pattern pattern, Figure.Kind kind) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            if (free(taken, m.start(1), m.end(1))) {
                take(figures, taken, Figure.structural(m.start(1), m.end(1), kind));
            }
        }
    }

    private static void monthYear(String folded, boolean[] taken, List<Figure> figures) {
        Matcher m = MONTH_YEAR.matcher(folded);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12 && free(taken, m.start(), m.end())) {
                take(figures, taken, Figure.structural(m.start(), m.end(), Figure.Kind.DATE));
            }
        }
    }

    /** "10/10" is a date only when a "ngày" (day) comes shortly before it; otherwise it is a ratio. */
    private static void dayMonth(String folded, boolean[] taken, List<Figure> figures) {
        Matcher m = DAY_MONTH.matcher(folded);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            String before = folded.substring(Math.max(0, m.start() - 45), m.start());
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && before.matches("(?s).*\\b(ngay|tu|den)\\b.*")
                    && free(taken, m.start(), m.end())) {
                take(figures, taken, Figure.structural(m.start(), m.end(), Figure.Kind.DATE));
            }
        }
    }

    private static void take(List<Figure> figures, boolean[] taken, Figure figure) {
        for (int i = figure.start(); i < figure.end(); i++) {
            taken[i] = true;
        }
        figures.add(figure);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
