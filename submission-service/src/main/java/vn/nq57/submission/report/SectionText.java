package vn.nq57.submission.report;

/** The text a report writes under one outline section, e.g. {@code I.2.1}. */
public record SectionText(String code, String text) {
}
