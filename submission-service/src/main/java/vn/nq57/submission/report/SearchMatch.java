package vn.nq57.submission.report;

/**
 * Where a report search found the words: the part of the report and the original text around the first match.
 *
 * @param part    a section code ({@code I.2.1}) or {@code header}, {@code indicators}, {@code difficulties},
 *                {@code causes}, {@code recommendations}
 * @param snippet at most about 200 characters of the report's own text (with its diacritics), "…" where cut
 */
public record SearchMatch(String part, String snippet) {
}
