package vn.nq57.reportimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines. Word exports, PDF text and OCR output all break paragraphs into
 * lines; a line starts a new paragraph when it opens with a bullet or an outline number, when the
 * previous line closed a sentence and this one starts like a sentence, after a heading, or after a
 * blank line when blank lines separate paragraphs in this document (in some exports every line is
 * followed by a blank line, and then blank lines mean nothing).
 */
final class Paragraphs {

    static final Pattern NUMBERING = Pattern.compile(
            "^(?:[IVX][IVXl1|]{0,4}\\.|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?)\\s+\\S");
    private static final Pattern BULLET = Pattern.compile("^[-–—•+*▪●◦]\\s*\\S");
    private static final Pattern STANDALONE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern SIGNER_BLOCK = Pattern.compile("^(?:TM|KT|TL|Q|TUQ)\\.\\s", Pattern.CASE_INSENSITIVE);

    /** Words a heading line does not end on when it continues on the next line ("… của", "… và"). */
    private static final List<String> JOINERS = List.of("va", "cua", "ve", "voi", "cho", "tren", "tai", "theo", "cac",
            "nhung", "trong", "ngay", "den", "tu", "hoac", "la", "nhu",
            // OCR readings of "của"
            "cia", "ciia", "caa", "cta", "ctia", "cila");

    private Paragraphs() {
    }

    private record Line(int start, int end, boolean blankBefore) {
    }

    static List<Paragraph> split(String text) {
        List<Line> lines = lines(text);
        boolean blanksSeparate = blanksSeparateParagraphs(text, lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean heading = false;
        String previous = null;
        for (Line line : lines) {
            String current = text.substring(line.start, line.end);
            if (start < 0 || startsParagraph(previous, current, heading, blanksSeparate && line.blankBefore)) {
                if (start >= 0) {
                    paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
                }
                start = line.start;
                heading = NUMBERING.matcher(current).find() && current.length() < 160 || isCapsLine(current);
            }
            end = line.end;
            previous = current;
        }
        if (start >= 0) {
            paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
        }
        return paragraphs;
    }

    private static boolean startsParagraph(String previous, String current, boolean inHeading, boolean blankBefore) {
        if (blankBefore || BULLET.matcher(current).find() || NUMBERING.matcher(current).find()
                || SIGNER_BLOCK.matcher(current).find() || STANDALONE_NUMBER.matcher(current).matches()
                || STANDALONE_NUMBER.matcher(previous).matches()) {
            return true;
        }
        boolean sentenceStart = startsLikeSentence(current);
        if (sentenceStart && (endsSentence(previous) || isCapsLine(previous) != isCapsLine(current))) {
            return true;
        }
        return inHeading && sentenceStart && !endsWithJoiner(previous);
    }

    private static boolean startsLikeSentence(String line) {
        char c = line.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "(“\"'‘".indexOf(c) >= 0;
    }

    private static boolean endsSentence(String line) {
        String trimmed = line.replaceAll("[\\s)”\"’»]+$", "");
        return !trimmed.isEmpty() && ".!?:;…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    private static boolean endsWithJoiner(String line) {
        String folded = Fold.phrase(line, true);
        if (line.stripTrailing().endsWith(",") || line.stripTrailing().endsWith("-") || folded.isEmpty()) {
            return true;
        }
        String last = folded.substring(folded.lastIndexOf(' ') + 1);
        for (String joiner : JOINERS) {
            if (last.equals(joiner)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCapsLine(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 4 && upper == letters;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        boolean blank = true;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Line(s, e, blank));
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    /** True unless most lines are followed by a blank line (then blank lines are line spacing, not breaks). */
    private static boolean blanksSeparateParagraphs(String text, List<Line> lines) {
        if (lines.size() < 4) {
            return true;
        }
        long withBlankBefore = lines.stream().skip(1).filter(Line::blankBefore).count();
        return withBlankBefore < (lines.size() - 1) * 0.5;
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
