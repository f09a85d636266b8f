package vn.nq57.submission.report;

import jakarta.validation.constraints.Size;
import vn.nq57.contracts.validation.PlainText;

/** The text a report writes under one outline section, e.g. {@code I.2.1}. */
public record SectionText(@Size(max = 20) @PlainText String code, @Size(max = 20000) @PlainText String text) {
}
