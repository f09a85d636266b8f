package vn.nq57.submission.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The latest review of a report: a return with comments, or an acceptance.
 *
 * @param resubmitBy deadline of the resubmission of a returned report, when the round sets one
 */
public record Review(int version, String reviewer, OffsetDateTime at, String comment, List<SectionComment> sectionComments,
        OffsetDateTime resubmitBy) {
}
