package vn.nq57.reportimport;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered heading of the source document: {@code I.}, {@code 2.}, {@code 2.1.}. Roman numerals
 * tolerate OCR ({@code I11.} is {@code III.}).
 *
 * @param label the numbering as written, normalised ("III", "2.1")
 * @param level 1 for Roman numerals, 2 for "1.", 3 for "1.1." …
 */
record Heading(int paragraph, String label, int level, String title) {

    private static final Pattern ROMAN = Pattern.compile("^([IVX][IVXl1|]{0,4})\\.\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?\\s+(\\S.*)$|^(\\d{1,2})\\.\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern VALID_ROMAN = Pattern.compile("^(X{0,1})(IX|IV|V?I{0,3})$");

    static Optional<Heading> parse(Paragraph paragraph) {
        String text = paragraph.flat();
        Matcher roman = ROMAN.matcher(text);
        if (roman.matches()) {
            String label = roman.group(1).replace('1', 'I').replace('l', 'I').replace('|', 'I').toUpperCase(Locale.ROOT);
            if (VALID_ROMAN.matcher(label).matches() && hasLetters(roman.group(2)) && text.length() < 250) {
                return Optional.of(new Heading(paragraph.index(), label, 1, roman.group(2).strip()));
            }
            return Optional.empty();
        }
        Matcher arabic = ARABIC.matcher(text);
        if (!arabic.matches()) {
            return Optional.empty();
        }
        if (arabic.group(1) != null) {
            String title = arabic.group(2).strip();
            return hasLetters(title) && text.length() < 300 && !Character.isDigit(title.charAt(0))
                    ? Optional.of(new Heading(paragraph.index(), arabic.group(1), arabic.group(1).split("\\.").length + 1, title))
                    : Optional.empty();
        }
        String title = arabic.group(4).strip();
        boolean sentence = title.endsWith(".") || title.endsWith(";") || title.endsWith("./.");
        return hasLetters(title) && !sentence && text.length() < 200 && Character.isLetter(title.charAt(0))
                ? Optional.of(new Heading(paragraph.index(), arabic.group(3), 2, title))
                : Optional.empty();
    }

    private static boolean hasLetters(String text) {
        return text.chars().filter(Character::isLetter).count() >= 3;
    }
}
