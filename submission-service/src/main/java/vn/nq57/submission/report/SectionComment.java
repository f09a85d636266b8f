package vn.nq57.submission.report;

/** A reviewer's comment on one outline section of a returned report. */
public record SectionComment(String code, String comment) {
}
