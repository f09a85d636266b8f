package vn.nq57.submission.report;

import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;

/** A reviewer's comment on one outline section of a returned report. */
public record SectionComment(@Size(max = 20) @PlainText String code, @Size(max = 4000) @PlainText String comment) {
}
