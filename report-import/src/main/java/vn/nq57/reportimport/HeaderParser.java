package vn.nq57.reportimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a Decree 30/2020 header and signature block: "Số: 311/BC-UBND", "Phù Liễn,
 * ngày 03 tháng 12 năm 2025" (blanks allowed), the title under "BÁO CÁO", the plan and the request
 * the report answers, "Nơi nhận", the signer's titles (TM./KT./Q./TL.) and name.
 */
final class HeaderParser {

    private static final Pattern NUMBER = Pattern.compile("\\bso\\s*:\\s*(\\d*)\\s*/\\s*([a-z]{2,6}(?:\\s*-\\s*[a-z]+)+)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            ",\\s*ngay(\\s+\\d{1,2}|[\\s._…]*)\\s*thang(\\s+\\d{1,2}|[\\s._…]*)\\s*n[a-z]m\\s+(\\d{4})");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\d.,/])(\\d+)\\s*/\\s*([a-z][a-z0-9&]*(?:\\s*-\\s*[a-z][a-z0-9&]*)*)(?:\\s+ngay\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4}))?");
    private static final Pattern SIGNER_PREFIX = Pattern.compile("\\b((?:TM|KT|TL|Q|TUQ)\\.\\s*\\S.*)$");
    private static final Pattern TRAILING_CAPS = Pattern.compile("[;:]\\s*(\\p{Lu}[\\p{Lu} ]{3,})$");
    private static final List<String> TYPE_ABBREVIATIONS = List.of("nq", "qd", "kh", "bc", "hd", "tb", "ctr", "ct", "tt",
            "nd", "tc", "ttr", "ch");

    private HeaderParser() {
    }

    static Extraction.Header parse(String text, String folded, List<Paragraph> frame, int closingStart) {
        String numberSymbol = null;
        Matcher number = NUMBER.matcher(folded);
        int numberEnd = -1;
        if (number.find()) {
            String symbol = text.substring(number.start(2), number.end(2)).replaceAll("\\s+", "");
            numberSymbol = (number.group(1).isEmpty() ? "" : number.group(1)) + "/" + symbol;
            numberEnd = number.end();
        }
        String place = null;
        Extraction.DocumentDate date = null;
        Matcher placeDate = PLACE_DATE.matcher(folded);
        if (placeDate.find()) {
            int lineStart = folded.lastIndexOf('\n', placeDate.start()) + 1;
            int from = numberEnd > lineStart && numberEnd <= placeDate.start() ? numberEnd : lineStart;
            place = text.substring(from, placeDate.start()).strip();
            date = new Extraction.DocumentDate(part(placeDate.group(1)), part(placeDate.group(2)),
                    Integer.parseInt(placeDate.group(3)));
        }
        DocumentReferences refs = references(text, folded, frame, closingStart);
        Closing closing = closing(text, closingStart);
        return new Extraction.Header(numberSymbol, place == null || place.isEmpty() ? null : place, date,
                title(frame, folded), closing.titles, closing.name, closing.recipients, refs.plan, refs.request);
    }

    private static Integer part(String written) {
        String digits = written.strip();
        return digits.matches("\\d{1,2}") ? Integer.valueOf(digits) : null;
    }

    /** The trích yếu: the paragraphs after the "BÁO CÁO" line, up to the preamble. */
    private static String title(List<Paragraph> frame, String folded) {
        StringBuilder title = new StringBuilder();
        boolean after = false;
        for (Paragraph p : frame) {
            String f = Fold.phrase(folded.substring(p.start(), p.end()));
            if (!after) {
                after = f.equals("bao cao");
                continue;
            }
            if (f.startsWith("thuc hien") || f.startsWith("can cu") || f.isEmpty() || Paragraphs.NUMBERING.matcher(p.flat()).find()) {
                break;
            }
            title.append(title.isEmpty() ? "" : " ").append(p.flat());
            if (title.length() > 600) {
                break;
            }
        }
        return title.isEmpty() ? null : title.toString();
    }

    private record DocumentReferences(Extraction.DocumentReference plan, Extraction.DocumentReference request) {
    }

    private static DocumentReferences references(String text, String folded, List<Paragraph> frame, int closingStart) {
        Extraction.DocumentReference plan = null;
        Extraction.DocumentReference request = null;
        for (Paragraph p : frame) {
            if (p.start() >= closingStart && plan != null) {
                break;
            }
            Matcher m = REFERENCE.matcher(folded.substring(0, p.end()));
            m.region(p.start(), p.end());
            while (m.find()) {
                String symbol = m.group(2).replaceAll("\\s+", "");
                String type = symbol.split("[-/]")[0];
                String before = folded.substring(Math.max(0, m.start() - 25), m.start());
                Extraction.DocumentReference ref = reference(text, m);
                if (request == null && (before.contains("cong van") || !TYPE_ABBREVIATIONS.contains(type))) {
                    request = ref;
                } else if (plan == null && type.equals("kh") || plan == null && type.startsWith("kh")) {
                    plan = ref;
                }
            }
        }
        return new DocumentReferences(plan, request);
    }

    private static Extraction.DocumentReference reference(String text, Matcher m) {
        String numberSymbol = (m.group(1) + "/" + text.substring(m.start(2), m.end(2))).replaceAll("\\s+", "");
        LocalDate date = null;
        if (m.group(3) != null) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                date = null;
            }
        }
        return new Extraction.DocumentReference(numberSymbol, date, text.substring(m.start(), m.end()), m.start(), m.end());
    }

    private record Closing(List<String> titles, String name, List<String> recipients) {
    }

    /** Recipients, signer titles and signer name, from the signature block at the end. */
    private static Closing closing(String text, int closingStart) {
        List<String> titles = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        String lastLine = null;
        for (String raw : text.substring(Math.min(closingStart, text.length())).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            lastLine = line;
            String rest = line;
            Matcher signer = SIGNER_PREFIX.matcher(rest);
            if (signer.find()) {
                titles.add(signer.group(1).strip());
                rest = rest.substring(0, signer.start()).strip();
            } else {
                Matcher caps = TRAILING_CAPS.matcher(rest);
                if (caps.find() && rest.startsWith("-")) {
                    titles.add(caps.group(1).strip());
                    rest = rest.substring(0, caps.start() + 1).strip();
                } else if (Paragraphs.isCapsLine(rest) && !rest.startsWith("-")) {
                    titles.add(rest);
                    rest = "";
                }
            }
            String label = Fold.phrase(rest);
            if (label.startsWith("noi nhan")) {
                rest = rest.substring(Math.min(rest.length(), rest.indexOf(':') + 1)).strip();
            }
            if (rest.startsWith("-") || rest.startsWith("+") || rest.startsWith("•")) {
                String recipient = rest.substring(1).strip().replaceAll("[;,.]+$", "").strip();
                if (!recipient.isEmpty()) {
                    recipients.add(recipient);
                }
            }
        }
        return new Closing(titles, signerName(lastLine, titles), recipients);
    }

    private static String signerName(String lastLine, List<String> titles) {
        if (lastLine == null || titles.contains(lastLine)) {
            return null;
        }
        String[] words = lastLine.split("\\s+");
        if (words.length < 2 || words.length > 5 || lastLine.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return null;
            }
        }
        return lastLine;
    }
}
